package vn.congdoan.sangkien.progress;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.program.ProgramMapper;
import vn.congdoan.sangkien.program.ProgramService;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressReport;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressRow;
import vn.congdoan.sangkien.progress.ProgressRepository.ProgressCounts;
import vn.congdoan.sangkien.quota.QuotaRepository;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitService;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;

@ApplicationScoped
public class ProgressService {

    private final ProgressRepository progress;
    private final ProgramService programs;
    private final ProgramMapper programMapper;
    private final UnitService units;
    private final QuotaRepository quotas;

    public ProgressService(ProgressRepository progress, ProgramService programs, ProgramMapper programMapper,
                           UnitService units, QuotaRepository quotas) {
        this.progress = progress;
        this.programs = programs;
        this.programMapper = programMapper;
        this.units = units;
        this.quotas = quotas;
    }

    /**
     * @param periodCode default: the widest period (the whole programme)
     * @param rootCode   default: the unit at the top of the programme's quotas
     */
    public ProgressReport report(String programCode, String periodCode, String rootCode, int depth) {
        Program program = programs.require(programCode);
        Period period = periodCode != null ? programs.requirePeriod(program, periodCode)
                : programs.periodsOf(program).stream()
                .min(Comparator.comparing((Period p) -> p.startsOn).thenComparing(p -> p.endsOn, Comparator.reverseOrder()))
                .orElseThrow(() -> ApiException.notFound("period", programCode));
        Unit root = rootCode != null ? units.require(rootCode)
                : units.defaultRoot(quotas.topUnit(program), "quota", programCode);
        var rows = progress.rollUp(program.id, period, root, depth).stream().map(ProgressService::row).toList();
        return new ProgressReport(program.code, programMapper.toView(period), root.code, rows);
    }

    private static ProgressRow row(ProgressCounts c) {
        long pipeline = c.submitted() + c.underReview() + c.returned() + c.recognised();
        BigDecimal percent = null;
        Integer remaining = null;
        boolean reached = false;
        if (c.target() != null && c.target() > 0) {
            percent = BigDecimal.valueOf(c.valid() * 100).divide(BigDecimal.valueOf(c.target()), 1, RoundingMode.HALF_UP);
            remaining = (int) Math.max(0, c.target() - c.valid());
            reached = c.valid() >= c.target();
        }
        return new ProgressRow(c.unitCode(), c.unitName(), c.unitType(), c.parentCode(), c.level(), c.target(),
                c.submitted(), c.underReview(), c.returned(), c.recognised(), c.refused(), c.valid(),
                pipeline, percent, remaining, reached);
    }
}
