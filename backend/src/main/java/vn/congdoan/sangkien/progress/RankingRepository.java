package vn.congdoan.sangkien.progress;

import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.Query;
import vn.congdoan.sangkien.common.db.HeavyReads;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.progress.RankingDtos.BreakdownRow;
import vn.congdoan.sangkien.progress.RankingDtos.RewardedInitiative;
import vn.congdoan.sangkien.progress.RankingDtos.TypicalInitiative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Rankings, reward candidates and breakdowns: SQL over the counters and the initiatives of one subtree. */
@ApplicationScoped
public class RankingRepository {

    private static final String UNIT_COUNTS = SqlFiles.of(RankingRepository.class, "unit-counts");
    private static final String REWARDED = SqlFiles.of(RankingRepository.class, "rewarded");
    // Breakdown and participation read the CTE "filed": today's dossiers, or their state at the end of a past day.
    private static final String FILED_CURRENT = SqlFiles.of(RankingRepository.class, "filed-current");
    private static final String FILED_AS_OF = SqlFiles.of(RankingRepository.class, "filed-as-of")
            .replace("<state>", ProgressRepository.STATE_AS_OF);
    private static final String BREAKDOWN = SqlFiles.of(RankingRepository.class, "breakdown");
    private static final String PARTICIPATION = SqlFiles.of(RankingRepository.class, "participation");
    private static final String TYPICAL = SqlFiles.of(RankingRepository.class, "typical");

    private static final RowMapper<UnitCount> UNIT_COUNT = RecordRows.of(UnitCount.class);
    private static final RowMapper<RewardedInitiative> REWARDED_ROW = RecordRows.of(RewardedInitiative.class);
    private static final RowMapper<GroupedRow> GROUPED = RecordRows.of(GroupedRow.class);
    private static final RowMapper<Participation> PARTICIPATION_ROW = RecordRows.of(Participation.class);
    private static final RowMapper<TypicalInitiative> TYPICAL_ROW = RecordRows.of(TypicalInitiative.class);

    /** Every read here is a report's: on the replica when it is up to date. */
    private final HeavyReads reads;

    public RankingRepository(HeavyReads reads) {
        this.reads = reads;
    }

    public record UnitCount(String code, String name, Integer target, long valid) {
    }

    /**
     * Grassroots unions active in the period, those with at least one filed initiative and those with a valid one; the
     * people who wrote the subtree's filed initiatives, and how many of them are union members.
     */
    public record Participation(long active, long participating, long withValid, long authors, long memberAuthors) {
    }

    /**
     * Where breakdown and participation read from: today's dossiers (a null day), or their state at the end of a past
     * day in the tree of treeDate, whose root then had rootPath.
     */
    public record Source(String rootPath, LocalDate day, LocalDate treeDate) {

        static Source today(String rootPath) {
            return new Source(rootPath, null, null);
        }
    }

    private record GroupedRow(int groupingSet, String key, long filed, long valid, BigDecimal validValueVnd) {
    }

    public List<UnitCount> validCounts(Period period, Collection<Long> unitIds) {
        return reads.withHandle(h -> h.createQuery(UNIT_COUNTS).bind("period", period.id)
                .bindArray("units", Long.class, unitIds).map(UNIT_COUNT).list());
    }

    public List<RewardedInitiative> rewarded(long programId, Period period, String rootPath, int limit) {
        return reads.withHandle(h -> inSubtree(h, REWARDED, programId, period, rootPath).bind("limit", limit)
                .map(REWARDED_ROW).list());
    }

    /** Rows by field, by solution type, by impact level and by sector, in that order of the result list. */
    public List<List<BreakdownRow>> breakdown(long programId, Period period, Source source) {
        List<GroupedRow> rows = reads.withHandle(h -> filed(h, BREAKDOWN, programId, period, source).map(GROUPED).list());
        List<List<BreakdownRow>> sets = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (GroupedRow r : rows) {
            int set = switch (r.groupingSet()) {
                case 7 -> 0;
                case 11 -> 1;
                case 13 -> 2;
                default -> 3;
            };
            sets.get(set).add(new BreakdownRow(r.key(), r.filed(), r.valid(), r.validValueVnd()));
        }
        return sets;
    }

    public Participation participation(long programId, Period period, Source source) {
        return reads.withHandle(h -> filed(h, PARTICIPATION, programId, period, source).map(PARTICIPATION_ROW).one());
    }

    /** Up to limit valid initiatives, widest impact, best grade and highest value first. */
    public List<TypicalInitiative> typical(long programId, Period period, Source source, int limit) {
        return reads.withHandle(h -> filed(h, TYPICAL, programId, period, source).bind("limit", limit).map(TYPICAL_ROW).list());
    }

    /** The statement over the CTE "filed" of the programme's initiatives in the subtree, dated in the period. */
    private static Query filed(Handle handle, String sql, long programId, Period period, Source source) {
        Query query = handle.createQuery(sql.replace("<filed>", source.day() == null ? FILED_CURRENT : FILED_AS_OF))
                .bind("rootPath", source.rootPath()).bind("periodStart", period.startsOn).bind("periodEnd", period.endsOn);
        if (source.day() == null) {
            return query.bind("programId", programId);
        }
        return query.bindMap(ProgressRepository.stateAsOf(programId, source.day())).bind("treeDate", source.treeDate());
    }

    /** The statement over the initiatives of the programme in the subtree at rootPath dated in the period. */
    private static Query inSubtree(Handle handle, String sql, long programId, Period period, String rootPath) {
        return handle.createQuery(sql).bind("program", programId).bind("rootPath", rootPath)
                .bind("periodStart", period.startsOn).bind("periodEnd", period.endsOn);
    }
}
