package vn.congdoan.sangkien.progress;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.program.ProgramMapper;
import vn.congdoan.sangkien.program.ProgramService;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressReport;
import vn.congdoan.sangkien.progress.ProgressService.ProgressQuery;
import vn.congdoan.sangkien.progress.RankingDtos.ProgressBreakdown;
import vn.congdoan.sangkien.progress.RankingDtos.RankedUnit;
import vn.congdoan.sangkien.progress.RankingDtos.Ranking;
import vn.congdoan.sangkien.progress.RankingDtos.RewardCandidates;
import vn.congdoan.sangkien.progress.RankingDtos.TypicalInitiative;
import vn.congdoan.sangkien.progress.ProgressRepository.Placement;
import vn.congdoan.sangkien.progress.RankingRepository.Source;
import vn.congdoan.sangkien.progress.RankingRepository.UnitCount;
import vn.congdoan.sangkien.progress.ReportScopes.ReportScope;
import vn.congdoan.sangkien.unit.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Who is ahead: units ranked by percent of target, within a unit or an emulation cluster, and reward candidates. */
@ApplicationScoped
public class RankingService {

    private static final int REWARDED_INITIATIVES = 100;
    /** Percent first (units without a target last), then the number of valid initiatives, then the name. */
    private static final Comparator<UnitCount> ORDER = Comparator
            .comparing((UnitCount c) -> percent(c) == null ? BigDecimal.valueOf(-1) : percent(c), Comparator.reverseOrder())
            .thenComparing(UnitCount::valid, Comparator.reverseOrder())
            .thenComparing(UnitCount::name, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("vi")));

    private final ProgressService progress;
    private final RankingRepository rankings;
    private final ClusterService clusters;
    private final ProgramService programs;
    private final ProgramMapper programMapper;
    private final ReportScopes scopes;
    private final ProgressRepository placements;

    public RankingService(ProgressService progress, RankingRepository rankings, ClusterService clusters,
                          ProgramService programs, ProgramMapper programMapper, ReportScopes scopes,
                          ProgressRepository placements) {
        this.placements = placements;
        this.progress = progress;
        this.rankings = rankings;
        this.clusters = clusters;
        this.programs = programs;
        this.programMapper = programMapper;
        this.scopes = scopes;
    }

    /** The children of root (default the top unit), or the members of the cluster when one is named. */
    public Ranking rank(String programCode, String periodCode, String rootCode, String clusterCode) {
        Program program = programs.require(programCode);
        Period period = scopes.period(program, periodCode);
        if (clusterCode != null) {
            EmulationCluster cluster = clusters.requireVisible(program, clusterCode);
            List<UnitCount> counts = rankings.validCounts(period, cluster.members.stream().map(u -> u.id).toList());
            return new Ranking(program.code, programMapper.toView(period), null, cluster.code, ranked(counts));
        }
        ProgressReport report = progress.report(new ProgressQuery(programCode, periodCode, rootCode, 1, null));
        List<UnitCount> children = report.rows().stream().filter(r -> r.level() == 1)
                .map(r -> new UnitCount(r.unitCode(), r.unitName(), r.target(), r.valid())).toList();
        return new Ranking(program.code, report.period(), report.rootCode(), null, ranked(children));
    }

    public RewardCandidates rewardCandidates(String programCode, String periodCode, String rootCode) {
        ReportScope scope = scopes.resolve(programCode, periodCode, rootCode);
        ProgressReport report = progress.report(new ProgressQuery(programCode, periodCode, scope.root().code, 2, null));
        List<UnitCount> exceeded = report.rows().stream().filter(r -> r.level() > 0 && r.exceeded())
                .map(r -> new UnitCount(r.unitCode(), r.unitName(), r.target(), r.valid())).toList();
        return new RewardCandidates(scope.program().code, report.period(), scope.root().code, ranked(exceeded),
                rankings.rewarded(scope.program().id, scope.period(), scope.root().path, REWARDED_INITIATIVES));
    }

    /** Today's dossiers. */
    public ProgressBreakdown breakdown(String programCode, String periodCode, String rootCode) {
        ReportScope scope = scopes.resolve(programCode, periodCode, rootCode);
        return breakdown(scope, Source.today(scope.root().path));
    }

    /**
     * The scope's dossiers as they stood at the end of a day (from the event log, as the progress report as of a day),
     * in the unit tree of the period's last day or of the day if earlier: what {@link #breakdown(ReportScope, Source)}
     * and {@link #typical} read for a report as of that day.
     */
    public Source asOf(ReportScope scope, LocalDate day) {
        LocalDate treeDate = scope.period().treeDate(day);
        String rootPath = placements.placementOn(scope.root().id, treeDate).map(Placement::path)
                .orElseThrow(() -> ApiException.notFound("unit", scope.root().code));
        return new Source(rootPath, day, treeDate);
    }

    public ProgressBreakdown breakdown(ReportScope scope, Source source) {
        Program program = scope.program();
        Period period = scope.period();
        Unit root = scope.root();
        var participation = rankings.participation(program.id, period, source);
        var sets = rankings.breakdown(program.id, period, source);
        return new ProgressBreakdown(program.code, programMapper.toView(period), root.code, participation.active(), participation.participating(),
                percent(participation.participating(), participation.active()), participation.withValid(),
                percent(participation.withValid(), participation.active()), participation.authors(), participation.memberAuthors(),
                sets.get(0), sets.get(1), sets.get(2), sets.get(3));
    }

    /** Up to limit typical (valid) initiatives of the scope, widest impact first. */
    public List<TypicalInitiative> typical(ReportScope scope, Source source, int limit) {
        return rankings.typical(scope.program().id, scope.period(), source, limit);
    }

    /** One decimal, half up; none when there is nothing to divide by. */
    private static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** Competition ranking: equal percent and equal count share a rank, the next rank skips ("1, 1, 3"). */
    private static List<RankedUnit> ranked(List<UnitCount> counts) {
        List<UnitCount> sorted = counts.stream().sorted(ORDER).toList();
        List<RankedUnit> rows = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            UnitCount c = sorted.get(i);
            boolean tie = i > 0 && sameScore(sorted.get(i - 1), c);
            int rank = tie ? rows.get(i - 1).rank() : i + 1;
            BigDecimal percent = percent(c);
            rows.add(new RankedUnit(rank, c.code(), c.name(), c.target(), c.valid(), percent,
                    percent != null && c.valid() >= c.target(), percent != null && c.valid() > c.target()));
        }
        return rows;
    }

    private static boolean sameScore(UnitCount a, UnitCount b) {
        return java.util.Objects.equals(percent(a), percent(b)) && a.valid() == b.valid();
    }

    private static BigDecimal percent(UnitCount c) {
        return c.target() == null || c.target() == 0 ? null
                : BigDecimal.valueOf(c.valid() * 100).divide(BigDecimal.valueOf(c.target()), 1, RoundingMode.HALF_UP);
    }
}
