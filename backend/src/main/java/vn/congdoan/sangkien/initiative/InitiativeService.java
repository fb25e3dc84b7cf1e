package vn.congdoan.sangkien.initiative;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.Versions;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.paging.PageRequest;
import vn.congdoan.sangkien.common.paging.PageResult;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeSummary;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeView;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeWrite;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.program.ProgramService;
import vn.congdoan.sangkien.security.UnitScope;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitService;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class InitiativeService {

    private static final Map<String, String> SORTABLE = Map.of(
            "updatedAt", "updatedAt", "createdAt", "createdAt", "title", "title",
            "firstAppliedOn", "firstAppliedOn", "status", "status");

    private final InitiativeRepository initiatives;
    private final InitiativeMapper mapper;
    private final InitiativeRules rules;
    private final ProgramService programs;
    private final UnitService units;
    private final UnitScope scope;

    public InitiativeService(InitiativeRepository initiatives, InitiativeMapper mapper, InitiativeRules rules,
                             ProgramService programs, UnitService units, UnitScope scope) {
        this.initiatives = initiatives;
        this.mapper = mapper;
        this.rules = rules;
        this.programs = programs;
        this.units = units;
        this.scope = scope;
    }

    /** A dossier the caller may see: in their unit's subtree, and their own if they are a member; else 404. */
    public Initiative require(long id) {
        return initiatives.findWithAuthors(id).filter(this::visible)
                .orElseThrow(() -> ApiException.notFound("initiative", id));
    }

    private boolean visible(Initiative initiative) {
        return scope.covers(initiative.unit)
                && (!scope.onlyOwnInitiatives() || scope.username().orElse("").equals(initiative.createdBy));
    }

    public InitiativeView get(long id) {
        return mapper.toView(require(id));
    }

    public PageResult<InitiativeSummary> search(InitiativeSearch search, PageRequest page) {
        Sort sort = page.panacheSort(SORTABLE, "-updatedAt");
        Program program = search.program() == null ? null : programs.require(search.program());
        Period period = null;
        if (search.period() != null) {
            if (program == null) {
                throw ApiException.invalid(FieldProblem.of("program", "RequiredWithPeriod"));
            }
            period = programs.requirePeriod(program, search.period());
        }
        String unitPath = search.unit() == null ? scope.pathPrefix() : units.require(search.unit()).path;
        String createdBy = scope.onlyOwnInitiatives() ? scope.username().orElseThrow() : null;
        var filter = new InitiativeFilter(search.q(), program == null ? null : program.id, unitPath, createdBy, period,
                search.statuses(), search.field(), search.solutionType());
        var query = initiatives.search(filter, sort).page(page.panachePage());
        return PageResult.of(query.list(), page, query.count(), mapper::toSummary);
    }

    @Transactional
    public InitiativeView create(InitiativeWrite request) {
        Initiative initiative = new Initiative();
        initiative.status = InitiativeStatus.DRAFT;
        initiative.createdAt = OffsetDateTime.now();
        initiative.createdBy = scope.username().orElse(null);
        apply(initiative, request);
        initiatives.persistAndFlush(initiative);
        return mapper.toView(initiative);
    }

    @Transactional
    public InitiativeView update(long id, InitiativeWrite request) {
        Initiative initiative = require(id);
        if (request.version() == null) {
            throw ApiException.invalid(FieldProblem.of("version", "NotNull"));
        }
        Versions.check(initiative.version, request.version());
        if (!initiative.status.editable()) {
            throw ApiException.conflict("initiative-not-editable", initiative.status);
        }
        apply(initiative, request);
        initiatives.flush(); // a concurrent writer that read the same version fails here: 409
        return mapper.toView(initiative);
    }

    @Transactional
    public void delete(long id, long version) {
        Initiative initiative = require(id);
        Versions.check(initiative.version, version);
        if (initiative.status != InitiativeStatus.DRAFT) {
            throw ApiException.conflict("initiative-not-deletable", initiative.status);
        }
        initiatives.delete(initiative);
        initiatives.flush();
    }

    private void apply(Initiative initiative, InitiativeWrite request) {
        Program program = programs.requireReferenced("programCode", request.programCode());
        Unit unit = units.requireReferenced("unitCode", request.unitCode());
        List<FieldProblem> problems = rules.check(request, programs.periodsOf(program));
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        mapper.copyDossier(request, initiative);
        initiative.title = request.title().strip();
        initiative.program = program;
        initiative.unit = unit;
        initiative.replaceAuthors(mapper.toEntities(request.authors()));
        initiative.updatedAt = OffsetDateTime.now();
        initiative.refreshSearchText();
    }
}
