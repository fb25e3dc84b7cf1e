package vn.congdoan.sangkien.progress;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The path range that replaced "path like root || '%'" holds exactly the root's subtree, not its id-prefix siblings. */
class SubtreeRangeTest {

    @Test
    void theRangeHoldsTheSubtreeAndNothingElse() {
        String root = "/1/11/";
        String end = ProgressRepository.subtreeEnd(root);
        assertEquals("/1/110", end);
        // Compared as PostgreSQL's ~>=~ / ~<~ do, byte by byte (paths are ASCII digits and slashes).
        for (String path : List.of("/1/11/", "/1/11/5/", "/1/11/5/99/", "/1/110/", "/1/113/", "/1/1/", "/1/12/", "/2/11/")) {
            boolean inRange = path.compareTo(root) >= 0 && path.compareTo(end) < 0;
            assertEquals(path.startsWith(root), inRange, path);
        }
    }
}
