package vn.congdoan.sangkien.common.sync;

import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a mirror stands in a change feed, handed to the client as an opaque text and back. A feed is read in passes:
 * a pass returns, in (transaction id, rank, id) order, every row and tombstone written by a transaction from
 * {@code from} on; the position {@code after*} is how far the pass got. {@code passFrom} is the oldest transaction
 * still running when the pass began (unknown, -1, before its first page): the next pass starts there, so a writer
 * that commits late behind the reader is read next time (docs/integration.md, "Why nothing is missed").
 */
public record ChangeToken(long from, long passFrom, long afterXid, int afterRank, long afterId) {

    private static final String PREFIX = "c1.";

    /** The first call: everything. */
    public static final ChangeToken START = new ChangeToken(0, -1, 0, -1, 0);

    /** The token a caller sent in {@code field}, or {@link #START} when it sent none; a token not of ours is a 400. */
    public static ChangeToken parse(String text, String field) {
        if (text == null || text.isBlank()) {
            return START;
        }
        try {
            if (!text.startsWith(PREFIX)) {
                throw new IllegalArgumentException(text);
            }
            String[] parts = new String(Base64.getUrlDecoder().decode(text.substring(PREFIX.length())), StandardCharsets.US_ASCII)
                    .split("\\.", -1);
            if (parts.length != 5) {
                throw new IllegalArgumentException(text);
            }
            ChangeToken token = new ChangeToken(Long.parseLong(parts[0]), Long.parseLong(parts[1]), Long.parseLong(parts[2]),
                    Integer.parseInt(parts[3]), Long.parseLong(parts[4]));
            if (token.from < 0 || token.afterXid < 0 || token.passFrom < -1 || token.afterRank < -1 || token.afterRank > 1) {
                throw new IllegalArgumentException(text);
            }
            return token;
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(FieldProblem.of(field, "SyncToken"));
        }
    }

    public String text() {
        String plain = from + "." + passFrom + "." + afterXid + "." + afterRank + "." + afterId;
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.US_ASCII));
    }

    /** The lowest transaction id this page may hold: the pass's start or its position, whichever is later. */
    public long lowXid() {
        return Math.max(from, afterXid);
    }

    /** Further in this pass, after the row at (xid, rank, id). */
    public ChangeToken after(long passStart, long xid, int rank, long id) {
        return new ChangeToken(from, passStart, xid, rank, id);
    }

    /** The pass is over: the next starts at the oldest transaction that was running when this one began. */
    public static ChangeToken nextPass(long passStart) {
        return new ChangeToken(passStart, -1, 0, -1, 0);
    }
}
