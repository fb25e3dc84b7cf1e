package vn.congdoan.sangkien.unit;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Is in this subtree" has one SQL form, in_subtree(path, root_path), and one Java twin, Unit.inSubtree: PostgreSQL
 * itself answers here, and Java must agree with it, and with the ancestors array the search index uses.
 */
@QuarkusTest
class UnitPathsTest {

    @Inject
    Jdbi jdbi;

    @Test
    void javaAndPostgresqlAgreeOnEveryPairOfTrickyPaths() {
        List<String> paths = List.of("/1/", "/1/11/", "/1/11/5/", "/1/11/5/99/", "/1/110/", "/1/113/", "/1/1/",
                "/1/12/", "/2/11/", "/1/19/", "/1/11/59/", "/10/", "/1/119/9/");
        int inside = 0;
        for (String root : paths) {
            for (String path : paths) {
                boolean database = jdbi.withHandle(h -> h.createQuery("select in_subtree(:path, :root)")
                        .bind("path", path).bind("root", root).mapTo(Boolean.class).one());
                assertEquals(database, Unit.inSubtree(path, root), path + " under " + root);
                inside += database ? 1 : 0;
            }
        }
        assertTrue(inside > paths.size(), "some paths are below others, not only themselves");
    }

    @Test
    void theSubtreeOfEveryUnitIsTheUnitsThatNameItAsAncestor() {
        // Over the whole tree of the reference data: the path range and the ancestors array agree on every pair.
        List<String> disagreements = jdbi.withHandle(h -> h.createQuery("""
                select r.code || ' / ' || u.code
                  from unit r cross join unit u
                 where in_subtree(u.path, r.path) <> (r.id = any(unit_ancestors(u.path)))
                """).mapTo(String.class).list());
        assertEquals(List.of(), disagreements);
        long pairs = jdbi.withHandle(h -> h.createQuery("select count(*) from unit r join unit u on in_subtree(u.path, r.path)")
                .mapTo(Long.class).one());
        long units = jdbi.withHandle(h -> h.createQuery("select count(*) from unit").mapTo(Long.class).one());
        assertTrue(pairs > units, "the reference tree has units below units");
    }

    @Test
    void belowTopLevelMeansThreeOrMoreAncestorsInTheDatabase() {
        // The root (Tổng Liên đoàn), the provinces under it, then districts and grassroots unions below them.
        List<String> paths = jdbi.withHandle(h -> h.createQuery("select path from unit").mapTo(String.class).list());
        int below = 0;
        for (String path : paths) {
            int ancestors = jdbi.withHandle(h -> h.createQuery("select cardinality(unit_ancestors(:path))")
                    .bind("path", path).mapTo(Integer.class).one());
            assertEquals(ancestors > 2, Unit.isBelowTopLevel(path), path);
            below += ancestors > 2 ? 1 : 0;
        }
        assertTrue(below > 0 && below < paths.size(), "the reference tree has units at and below the top level");
        assertEquals(false, Unit.isBelowTopLevel("/"), "the whole country's scope");
    }
}
