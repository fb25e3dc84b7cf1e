/**
 * Progress toward the quotas (tiến độ), breakdowns, rankings, emulation clusters and reward candidates.
 * <p>
 * Today's progress is a look-up in {@code progress_counter}, which PostgreSQL keeps, not Java. The counting rule, the
 * diagrams and the list of every migration are in {@code docs/architecture.md} at the root of the repository.
 *
 * <h2>What the database keeps, and when</h2>
 * <ul>
 * <li><b>{@code progress_counter}</b> (V4; merge rewritten in V11; one row per unit since V14): one row per period and
 * unit with the number of non-draft initiatives of the unit's whole subtree in each status (a column each) and the
 * estimated value of the valid ones. The statement-level triggers
 * {@code initiative_counters_insert}, {@code _update} and {@code _delete} on {@code initiative} call
 * {@code progress_counter_on_change}, which hands signed deltas (+1 for the new row, -1 for the old one; an update
 * only when programme, unit, status, date first applied or value changed) to {@code progress_counter_merge}. The merge
 * adds them to the reporting unit and every ancestor, in every period of the programme whose window holds the date
 * first applied, on the tree as it stood on the period's tree date ({@code period_tree_date}: its last day, or today
 * while it runs), in the same transaction as the change. A bulk loader may set {@code sangkien.counters = 'off'} for
 * its transaction and then call {@code progress_counter_rebuild(program_id)}.</li>
 * <li><b>{@code unit_placement}</b> (V4): where each unit sat in the tree and since when. The triggers
 * {@code unit_placement_insert} and {@code unit_placement_move} on {@code unit} ({@code unit_record_placement}) open
 * the first placement from {@code -infinity}; on a move they close the old placement the day before
 * {@code sangkien.moved_on} (default today), open the new one, and move the counters of the periods whose tree date is
 * on or after that day from the old ancestors to the new. The unit's {@code path} and {@code depth}, which both
 * follow, are kept by {@code unit_maintain_path} (V1).</li>
 * <li><b>{@code initiative_event}</b> snapshots (V4): each transition keeps the unit, date first applied and value the
 * dossier had (and since V32 its field, solution type, and on the steps to recognised and valid its impact level and
 * grade), so that a report "as of" a past day is rebuilt from the event log alone: the CTE of
 * {@code ProgressRepository/state-as-of.sql}, which progress, breakdowns, participation and typical initiatives as of a
 * day start from; a step of a paper record entered later counts on its real day ({@code occurred_on}, V19). Java writes these rows
 * ({@code InitiativeEventRepository.record}, and the import in its own statement).</li>
 * </ul>
 *
 * <h2>What Java must not do twice</h2>
 * Never insert, update or delete {@code progress_counter} or {@code unit_placement} rows, and never add an
 * initiative's numbers to its ancestors in Java: the triggers already did, and a second count would be silently
 * wrong. Before moving a unit, set the day the move takes effect ({@code UnitRepository.moveTakesEffectOn}). Progress
 * per unit is read from the counters (today) or the events (a past day), not by counting {@code initiative} rows;
 * the breakdowns, the participation rate and the reward candidates need what the counters do not carry and read the
 * dossiers themselves.
 */
package vn.congdoan.sangkien.progress;
