package vn.congdoan.sangkien.common.sync;

import java.util.List;

/**
 * One page of a change feed: the rows written or rewritten, the tombstones (a tombstone is left out while its object
 * exists again), the token of the next call and whether to make it now ({@code more}) or later (caught up).
 */
public record ChangePage<T>(List<T> items, List<Removal> removed, String next, boolean more) {
}
