/**
 * Initiative dossiers (hồ sơ sáng kiến): the write path, the one-statement read, search, the lifecycle, receipt
 * numbers, history and who may see what; files in {@code attachment}, bulk import in {@code importing}.
 * <p>
 * Some columns of {@code initiative} and of the tables around it are kept by PostgreSQL triggers and functions, not by
 * this package. The diagrams, the counting rule and the list of every migration are in {@code docs/architecture.md} at
 * the root of the repository.
 *
 * <h2>What the database keeps, and when</h2>
 * <ul>
 * <li><b>{@code initiative.unit_ancestors}</b> (V7, V8): the ids of the reporting unit and all its ancestors, for
 * searching within a subtree. {@code initiative_set_unit_ancestors} fills it before an insert that brings none (every
 * insert through Hibernate, which maps the column read-only) and before an update of {@code unit_id}. When a unit
 * moves, {@code unit_maintain_path} (V1) rewrites the paths of its subtree and {@code unit_path_to_initiatives} (V7)
 * rewrites the {@code unit_ancestors} of each moved unit's dossiers. The bulk import computes the column in its own
 * {@code INSERT} ({@code unit_ancestors(u.path)}), which skips the row trigger.</li>
 * <li><b>Search words</b> (V10): no trigger, an index expression. {@code initiative_search_words(search_text,
 * unit_ancestors)} splits the folded text at its spaces into words, each also as {@code word@<top-level unit id>},
 * and the GIN index {@code initiative_search_words_idx} holds them with the ancestors; PostgreSQL updates it on every
 * write. {@code initiative_under_unit} (V7) tests "within this subtree" through the same index.</li>
 * <li><b>Progress counters</b> (V4, V11): every insert, update or delete of {@code initiative} rows fires the
 * statement-level triggers that keep {@code progress_counter} for the reporting unit and its ancestors in every period
 * holding the date first applied (see the {@code progress} package).</li>
 * </ul>
 *
 * <h2>What Java must not do twice</h2>
 * Never write {@code unit_ancestors}, {@code unit.path} or {@code progress_counter}, and never re-count after a write:
 * a save of the dossier is all it takes. Java's part is the text: {@code Initiative.refreshSearchText} folds title,
 * summary and authors into {@code search_text} and {@code folded_title} with {@code SearchText.fold} (lower-case
 * letters and digits, single spaces), and a query goes through {@code SearchText.wordQuery} or
 * {@code wordQueryWithin}; the database only splits at spaces, so both sides must fold the same way. Java also
 * records each transition in {@code initiative_event} with the counting snapshot that "as of" reports read.
 */
package vn.congdoan.sangkien.initiative;
