package vn.congdoan.sangkien.progress;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.program.ProgramService;
import vn.congdoan.sangkien.quota.QuotaRepository;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitService;

import java.util.Comparator;

/**
 * What a progress report, a ranking or a register is about, from the codes a caller gives: the programme (default,
 * where the query may leave it out: the one running today, else the only one), the period
 * (default: the widest, i.e. the whole programme) and the root unit (default: the top unit of the programme's quotas
 * that the caller may see). Unknown codes and units outside the caller's scope answer 404.
 */
@ApplicationScoped
public class ReportScopes {

    private final ProgramService programs;
    private final UnitService units;
    private final QuotaRepository quotas;

    public ReportScopes(ProgramService programs, UnitService units, QuotaRepository quotas) {
        this.programs = programs;
        this.units = units;
        this.quotas = quotas;
    }

    /** How a report's optional programme parameter is documented. */
    public static final String PROGRAM_HELP = "Mã chương trình; mặc định chương trình đang diễn ra hôm nay (có giai đoạn chứa hôm nay), "
            + "nếu không có thì chương trình duy nhất; không xác định được một chương trình: 400 "
            + "/ the programme's code; default the programme running today (a period holds today), else the only one; "
            + "400 when that does not single out one programme";

    public record ReportScope(Program program, Period period, Unit root) {
    }

    public ReportScope resolve(String programCode, String periodCode, String rootCode) {
        Program program = programCode != null ? programs.require(programCode) : programs.runningToday("program");
        return new ReportScope(program, period(program, periodCode), root(program, rootCode));
    }

    public Period period(Program program, String periodCode) {
        return periodCode != null ? programs.requirePeriod(program, periodCode)
                : programs.periodsOf(program).stream()
                .min(Comparator.comparing((Period p) -> p.startsOn).thenComparing(p -> p.endsOn, Comparator.reverseOrder()))
                .orElseThrow(() -> ApiException.notFound("period", program.code));
    }

    private Unit root(Program program, String rootCode) {
        return rootCode != null ? units.require(rootCode) : units.defaultRoot(quotas.topUnit(program), "quota", program.code);
    }
}
