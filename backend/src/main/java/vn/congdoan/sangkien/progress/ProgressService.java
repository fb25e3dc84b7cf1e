package vn.congdoan.sangkien.progress;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.program.ProgramMapper;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressReport;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressRow;
import vn.congdoan.sangkien.progress.ProgressRepository.Placement;
import vn.congdoan.sangkien.progress.ProgressRepository.ProgressCounts;
import vn.congdoan.sangkien.progress.ReportScopes.ReportScope;
import vn.congdoan.sangkien.unit.Unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

@ApplicationScoped
public class ProgressService {

    private final ProgressRepository progress;
    private final ReportScopes scopes;
    private final ProgramMapper programMapper;

    public ProgressService(ProgressRepository progress, ReportScopes scopes, ProgramMapper programMapper) {
        this.progress = progress;
        this.scopes = scopes;
        this.programMapper = programMapper;
    }

    /** The request of a progress report; null fields take their defaults. */
    public record ProgressQuery(String programCode, String periodCode, String rootCode, int depth, LocalDate asOf) {
    }

    /**
     * period default: the widest period (the whole programme); root default: the top unit of the programme's quotas
     * the caller may see; asOf default: today. The tree is the one of the period's last day, or of asOf if earlier.
     */
    public ProgressReport report(ProgressQuery request) {
        ReportScope scope = scopes.resolve(request.programCode(), request.periodCode(), request.rootCode());
        Program program = scope.program();
        Period period = scope.period();
        Unit root = scope.root();
        LocalDate today = VietnamClock.today();
        LocalDate asOf = request.asOf() == null || request.asOf().isAfter(today) ? today : request.asOf();
        LocalDate treeDate = period.treeDate(asOf);
        Placement placement = progress.placementOn(root.id, treeDate)
                .orElseThrow(() -> ApiException.notFound("unit", root.code));
        var rows = progress.rollUp(program.id, period, placement, request.depth(), treeDate,
                asOf.equals(today) ? null : asOf).stream().map(ProgressService::row).toList();
        return new ProgressReport(program.code, programMapper.toView(period), root.code, asOf, treeDate, rows);
    }

    private static ProgressRow row(ProgressCounts c) {
        long pipeline = c.submitted() + c.underReview() + c.returned() + c.recognised();
        BigDecimal percent = null;
        Integer remaining = null;
        boolean reached = false;
        boolean exceeded = false;
        if (c.target() != null && c.target() > 0) {
            percent = BigDecimal.valueOf(c.valid() * 100).divide(BigDecimal.valueOf(c.target()), 1, RoundingMode.HALF_UP);
            remaining = (int) Math.max(0, c.target() - c.valid());
            reached = c.valid() >= c.target();
            exceeded = c.valid() > c.target();
        }
        return new ProgressRow(c.unitCode(), c.unitName(), c.unitType(), c.parentCode(), c.level(), c.target(),
                c.submitted(), c.underReview(), c.returned(), c.recognised(), c.refused(), c.valid(),
                pipeline, percent, remaining, reached, exceeded, c.validValueVnd());
    }
}
