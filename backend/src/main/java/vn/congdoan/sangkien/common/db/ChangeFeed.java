package vn.congdoan.sangkien.common.db;

import vn.congdoan.sangkien.common.sync.ChangePage;
import vn.congdoan.sangkien.common.sync.ChangeToken;
import vn.congdoan.sangkien.common.sync.Removal;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Reads one page of a change feed. The feed's SQL returns, in (feed_xid, feed_rank, feed_id) order and at most
 * {@code :limit} rows, its objects (rank 1) and tombstones (rank 0: removed_kind, removed_id, removed_at), taking
 * {@code :from}, {@code :lowXid}, {@code :afterXid}, {@code :afterRank}, {@code :afterId} (transaction ids as text, cast
 * to xid8 in the SQL). Read on the primary: a replica's snapshot does not bound the primary's running transactions.
 */
public final class ChangeFeed {

    /** The oldest transaction still running; read before the page, so it is no later than the page's own snapshot. */
    private static final String OLDEST_RUNNING = "select pg_snapshot_xmin(pg_current_snapshot())::text";

    private ChangeFeed() {
    }

    /** For a read of everything from a token's start in one go (an export): the token of the next pass. */
    public static String tokenAfterFullPass(Handle handle) {
        return ChangeToken.nextPass(oldestRunning(handle)).text();
    }

    private static long oldestRunning(Handle handle) {
        return Long.parseLong(handle.createQuery(OLDEST_RUNNING).mapTo(String.class).one());
    }

    public static <T> ChangePage<T> page(Handle handle, String sql, UnaryOperator<Query> bindFilters, RowMapper<T> items,
                                         ChangeToken token, int size) {
        long passStart = token.passFrom() >= 0 ? token.passFrom() : oldestRunning(handle);
        Query query = bindFilters.apply(handle.createQuery(sql))
                .bind("from", Long.toString(token.from())).bind("lowXid", Long.toString(token.lowXid()))
                .bind("afterXid", Long.toString(token.afterXid())).bind("afterRank", token.afterRank())
                .bind("afterId", token.afterId()).bind("limit", size + 1);
        List<Row<T>> rows = query.map((rs, ctx) -> Row.of(rs, rs.getInt("feed_rank") == 1 ? items.map(rs, ctx) : null)).list();
        boolean more = rows.size() > size;
        List<Row<T>> page = more ? rows.subList(0, size) : rows;
        List<T> objects = new ArrayList<>();
        List<Removal> removed = new ArrayList<>();
        for (Row<T> row : page) {
            if (row.item() != null) {
                objects.add(row.item());
            } else {
                removed.add(row.removal());
            }
        }
        ChangeToken next = !more ? ChangeToken.nextPass(passStart)
                : token.after(passStart, page.get(page.size() - 1).xid(), page.get(page.size() - 1).rank(), page.get(page.size() - 1).id());
        return new ChangePage<>(objects, removed, next.text(), more);
    }

    private record Row<T>(long xid, int rank, long id, T item, Removal removal) {

        static <T> Row<T> of(ResultSet rs, T item) throws SQLException {
            Removal removal = item != null ? null
                    : new Removal(rs.getString("removed_kind"), rs.getString("removed_id"), rs.getObject("removed_at", OffsetDateTime.class));
            return new Row<>(Long.parseLong(rs.getString("feed_xid")), rs.getInt("feed_rank"), rs.getLong("feed_id"), item, removal);
        }
    }
}
