package vn.congdoan.sangkien.progress;

import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import vn.congdoan.sangkien.common.db.HeavyReads;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.program.Period;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Progress rolled up the unit tree as it stood on the period's tree date (its last day, or the report day if earlier).
 * Today's numbers come from the counters the database keeps per unit subtree (see package docs); numbers "as of" a
 * past day are rebuilt from the event log, which keeps what each transition counted with. SQL in
 * {@code ProgressRepository/*.sql}.
 */
@ApplicationScoped
public class ProgressRepository {

    private static final String PLACEMENT_ON = SqlFiles.of(ProgressRepository.class, "placement-on");
    // The two reports differ only in where the counts come from; spliced once here rather than on every request.
    private static final String ROLL_UP = SqlFiles.of(ProgressRepository.class, "roll-up");
    private static final String ROLL_UP_CURRENT = ROLL_UP.replace("<counts>", SqlFiles.of(ProgressRepository.class, "counts-current"));
    /** The CTE "state": each initiative as it stood at the end of a past day; every report "as of" a day starts there. */
    static final String STATE_AS_OF = SqlFiles.of(ProgressRepository.class, "state-as-of");
    private static final String ROLL_UP_AS_OF = ROLL_UP.replace("<counts>",
            SqlFiles.of(ProgressRepository.class, "counts-as-of").replace("<state>", STATE_AS_OF));

    private static final RowMapper<Placement> PLACEMENT = RecordRows.of(Placement.class);
    private static final RowMapper<ProgressCounts> COUNTS = RecordRows.of(ProgressCounts.class);


    private final Jdbi jdbi;
    private final HeavyReads reads;

    public ProgressRepository(Jdbi jdbi, HeavyReads reads) {
        this.jdbi = jdbi;
        this.reads = reads;
    }

    /** Where the unit sat on the day, if it existed in the tree then. */
    public Optional<Placement> placementOn(long unitId, LocalDate day) {
        return jdbi.withHandle(h -> h.createQuery(PLACEMENT_ON).bind("unit", unitId).bind("treeDate", day)
                .map(PLACEMENT).findFirst());
    }

    /**
     * @param asOf null for today's numbers (the counters), otherwise the day whose end the report stands at
     */
    public List<ProgressCounts> rollUp(long programId, Period period, Placement root, int depth, LocalDate treeDate,
                                       LocalDate asOf) {
        Map<String, Object> values = new HashMap<>();
        values.put("rootPath", root.path());
        values.put("rootDepth", root.depth());
        values.put("maxDepth", root.depth() + depth);
        values.put("treeDate", treeDate);
        values.put("periodId", period.id);
        values.put("periodStart", period.startsOn);
        values.put("periodEnd", period.endsOn);
        if (asOf != null) {
            values.putAll(stateAsOf(programId, asOf));
        }
        return reads.withHandle(h -> h.createQuery(asOf == null ? ROLL_UP_CURRENT : ROLL_UP_AS_OF).bindMap(values)
                .map(COUNTS).list());
    }

    /** The values {@link #STATE_AS_OF} takes. */
    static Map<String, Object> stateAsOf(long programId, LocalDate asOf) {
        return Map.of("programId", programId, "asOf", asOf,
                "asOfEnd", asOf.plusDays(1).atStartOfDay(VietnamClock.VIETNAM).toOffsetDateTime());
    }

    public record Placement(String path, int depth) {
    }

    /** One unit's row: its target and the initiatives of its whole subtree by status; level 0 is the root. */
    public record ProgressCounts(String unitCode, String unitName, String unitType, String parentCode, int level,
                                 Integer target, long submitted, long underReview, long returned, long recognised,
                                 long refused, long valid, BigDecimal validValueVnd) {
    }
}
