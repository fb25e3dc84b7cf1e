package vn.congdoan.sangkien.program;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.Versions;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.program.ProgramDtos.PeriodView;
import vn.congdoan.sangkien.program.ProgramDtos.PeriodWrite;
import vn.congdoan.sangkien.program.ProgramDtos.ProgramCreate;
import vn.congdoan.sangkien.program.ProgramDtos.ProgramUpdate;
import vn.congdoan.sangkien.program.ProgramDtos.ProgramView;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

@ApplicationScoped
public class ProgramService {

    private final ProgramRepository programs;
    private final PeriodRepository periods;
    private final ProgramMapper mapper;

    public ProgramService(ProgramRepository programs, PeriodRepository periods, ProgramMapper mapper) {
        this.programs = programs;
        this.periods = periods;
        this.mapper = mapper;
    }

    public Program require(String code) {
        return programs.findByCode(code).orElseThrow(() -> ApiException.notFound("program", code));
    }

    /**
     * The programme a report is about when the caller names none ({@code field}): the one running today, else the
     * only one there is; none running among several, or several running, is a 400 on the field.
     */
    public Program runningToday(String field) {
        return defaultProgram(field, periods.programsRunningOn(VietnamClock.today()), programs::listByCode);
    }

    static Program defaultProgram(String field, List<Program> running, Supplier<List<Program>> all) {
        if (running.size() == 1) {
            return running.get(0);
        }
        if (running.size() > 1) {
            throw ApiException.invalid(FieldProblem.of(field, "OneProgramRunning", codes(running)));
        }
        List<Program> every = all.get();
        if (every.size() == 1) {
            return every.get(0);
        }
        throw ApiException.invalid(FieldProblem.of(field, "ProgramRunning", codes(every)));
    }

    private static String codes(List<Program> programs) {
        return programs.stream().map(p -> p.code).sorted().collect(Collectors.joining(", "));
    }

    public Program requireReferenced(String field, String code) {
        return programs.findByCode(code).orElseThrow(() -> ApiException.invalid(FieldProblem.of(field, "ProgramExists", code)));
    }

    public Period requirePeriod(Program program, String code) {
        return periods.findByCode(program, code).orElseThrow(() -> ApiException.notFound("period", code));
    }

    public List<Period> periodsOf(Program program) {
        return periods.listFor(program);
    }

    public List<ProgramView> list() {
        return programs.listByCode().stream().map(mapper::toView).toList();
    }

    public ProgramView get(String code) {
        return mapper.toView(require(code));
    }

    @Transactional
    public ProgramView create(ProgramCreate request) {
        if (programs.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict("program-code-taken", request.code());
        }
        Program program = new Program();
        program.code = request.code();
        program.name = request.name().strip();
        program.description = request.description();
        program.quotaRule = request.quotaRule() == null ? QuotaRule.MUST_EQUAL : request.quotaRule();
        program.minCoauthorPercent = request.minCoauthorPercent();
        programs.persistAndFlush(program);
        return mapper.toView(program);
    }

    @Transactional
    public ProgramView update(String code, ProgramUpdate request) {
        Program program = require(code);
        Versions.check(program.version, request.version());
        program.name = request.name().strip();
        program.description = request.description();
        program.quotaRule = request.quotaRule();
        program.minCoauthorPercent = request.minCoauthorPercent();
        programs.flush();
        return mapper.toView(program);
    }

    public List<PeriodView> listPeriods(String programCode) {
        return periods.listFor(require(programCode)).stream().map(mapper::toView).toList();
    }

    @Transactional
    public PeriodView createPeriod(String programCode, PeriodWrite request) {
        Program program = require(programCode);
        if (periods.findByCode(program, request.code()).isPresent()) {
            throw ApiException.conflict("period-code-taken", request.code());
        }
        Period period = new Period();
        period.program = program;
        period.code = request.code();
        apply(period, request);
        periods.persist(period);
        periods.rebuildCounters(program);
        return mapper.toView(period);
    }

    @Transactional
    public PeriodView updatePeriod(String programCode, String periodCode, PeriodWrite request) {
        Period period = requirePeriod(require(programCode), periodCode);
        if (request.version() == null) {
            throw ApiException.invalid(FieldProblem.of("version", "NotNull"));
        }
        Versions.check(period.version, request.version());
        if (!period.code.equals(request.code())) {
            throw ApiException.invalid(FieldProblem.of("code", "Unchangeable"));
        }
        apply(period, request);
        periods.rebuildCounters(period.program);
        return mapper.toView(period);
    }

    private void apply(Period period, PeriodWrite request) {
        List<FieldProblem> problems = new ArrayList<>();
        Period parent = null;
        if (request.parentCode() != null) {
            parent = periods.findByCode(period.program, request.parentCode()).orElse(null);
            if (parent == null || parent == period) {
                problems.add(FieldProblem.of("parentCode", "PeriodExists", request.parentCode()));
            }
        }
        if (request.endsOn().isBefore(request.startsOn())) {
            problems.add(FieldProblem.of("endsOn", "NotBeforeStartsOn"));
        } else if (parent != null && parent != period
                && (!parent.holds(request.startsOn()) || !parent.holds(request.endsOn()))) {
            problems.add(FieldProblem.of("startsOn", "WithinParentPeriod", parent.code));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        period.parent = parent;
        period.name = request.name().strip();
        period.kind = request.kind();
        period.startsOn = request.startsOn();
        period.endsOn = request.endsOn();
    }
}
