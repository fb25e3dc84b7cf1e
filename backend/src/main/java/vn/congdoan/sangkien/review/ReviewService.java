package vn.congdoan.sangkien.review;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressReport;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressRow;
import vn.congdoan.sangkien.progress.ProgressService;
import vn.congdoan.sangkien.progress.ProgressService.ProgressQuery;
import vn.congdoan.sangkien.progress.RankingDtos.ProgressBreakdown;
import vn.congdoan.sangkien.progress.RankingRepository.Source;
import vn.congdoan.sangkien.progress.RankingService;
import vn.congdoan.sangkien.progress.ReportScopes;
import vn.congdoan.sangkien.progress.ReportScopes.ReportScope;
import vn.congdoan.sangkien.review.ReviewDtos.ReviewKind;
import vn.congdoan.sangkien.review.ReviewDtos.ReviewParticipation;
import vn.congdoan.sangkien.review.ReviewDtos.ReviewReport;
import vn.congdoan.sangkien.reward.RewardService;

import java.time.LocalDate;
import java.util.List;

/**
 * The interim or final review report (báo cáo sơ kết / tổng kết): the tables a federation writes around, put together
 * from the reports that count them already — progress (as of a day), the breakdowns and participation, decided
 * rewards — and the typical initiatives. It counts nothing itself.
 */
@ApplicationScoped
public class ReviewService {

    static final int TYPICAL_INITIATIVES = 10;

    private final ReportScopes scopes;
    private final ProgressService progress;
    private final RankingService rankings;
    private final RewardService rewards;

    public ReviewService(ReportScopes scopes, ProgressService progress, RankingService rankings, RewardService rewards) {
        this.scopes = scopes;
        this.progress = progress;
        this.rankings = rankings;
        this.rewards = rewards;
    }

    /** period default the widest (a final report); root default as for progress; asOf default today. */
    public ReviewReport report(String programCode, String periodCode, String rootCode, LocalDate asOf) {
        ReportScope scope = scopes.resolve(programCode, periodCode, rootCode);
        Program program = scope.program();
        Period period = scope.period();
        ProgressReport report = progress.report(new ProgressQuery(program.code, period.code, scope.root().code, 1, asOf));
        // The progress report settled asOf (today when absent or in the future); every section uses its day.
        LocalDate day = report.asOf();
        List<ProgressRow> exceeders = report.rows().stream().filter(r -> r.level() == 1 && r.exceeded()).toList();
        // from the event log even for today: the report is the same whenever it is asked for that day
        Source past = rankings.asOf(scope, day);
        ProgressBreakdown breakdown = rankings.breakdown(scope, past);
        ReviewKind kind = scopes.period(program, null).id.equals(period.id) ? ReviewKind.FINAL : ReviewKind.INTERIM;
        return new ReviewReport(kind, program.code, program.name, report.period(), scope.root().code, scope.root().name, day,
                report.rows(), exceeders, breakdown.byField(), breakdown.bySector(), breakdown.byImpactLevel(),
                new ReviewParticipation(breakdown.grassrootsUnits(), breakdown.participatingUnits(),
                        breakdown.participationPercent(), breakdown.unitsWithValid(), breakdown.withValidPercent(),
                        breakdown.authors(), breakdown.memberAuthors()),
                rewards.decidedIn(program, period, scope.root(), day),
                rankings.typical(scope, past, TYPICAL_INITIATIVES));
    }
}
