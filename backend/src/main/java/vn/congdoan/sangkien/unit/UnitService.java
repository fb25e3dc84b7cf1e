package vn.congdoan.sangkien.unit;

import vn.congdoan.sangkien.common.sync.ChangePage;
import vn.congdoan.sangkien.common.sync.ChangeToken;
import vn.congdoan.sangkien.unit.UnitDtos.UnitChange;
import vn.congdoan.sangkien.unit.UnitDtos.UnitChanges;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.Versions;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.paging.PageRequest;
import vn.congdoan.sangkien.common.paging.PageResult;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.unit.UnitDtos.UnitCreate;
import vn.congdoan.sangkien.unit.UnitDtos.UnitNode;
import vn.congdoan.sangkien.unit.UnitDtos.UnitUpdate;
import vn.congdoan.sangkien.unit.UnitDtos.UnitView;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class UnitService {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "code", "code", "depth", "depth");

    private final UnitRepository units;
    private final UnitMapper mapper;
    private final UnitScope scope;

    public UnitService(UnitRepository units, UnitMapper mapper, UnitScope scope) {
        this.units = units;
        this.mapper = mapper;
        this.scope = scope;
    }

    /** A unit the caller may see; any other answers 404 as if it did not exist. */
    public Unit require(String code) {
        return units.findByCode(code).filter(scope::covers).orElseThrow(() -> ApiException.notFound("unit", code));
    }

    /** A unit named inside a request body: unknown (or out of the caller's scope) means the field is wrong. */
    public Unit requireReferenced(String field, String code) {
        return units.findByCode(code).filter(scope::covers)
                .orElseThrow(() -> ApiException.invalid(FieldProblem.of(field, "UnitExists", code)));
    }

    /** Where a caller's view of the tree starts when they name no unit: the preferred unit if they may see it, else their own. */
    public Unit defaultRoot(java.util.Optional<Unit> preferred, String entity, Object id) {
        return preferred.filter(scope::covers).or(scope::ownUnit)
                .orElseThrow(() -> ApiException.notFound(entity, id));
    }

    public UnitView get(String code) {
        return mapper.toView(require(code));
    }

    /** One page of the unit tree's changes for a mirror: the subtree of {@code withinCode} (default: all the caller sees). */
    public UnitChanges changes(String withinCode, String since, int size) {
        ChangeToken token = ChangeToken.parse(since, "since");
        String rootPath = withinCode == null ? scope.pathPrefix() : require(withinCode).path;
        ChangePage<UnitChange> page = units.changes(rootPath, token, size);
        return new UnitChanges(page.items(), page.next(), page.more());
    }

    public PageResult<UnitView> search(String q, UnitType type, String parentCode, String withinCode, LocalDate activeOn, PageRequest page) {
        Sort sort = page.panacheSort(SORTABLE, "name");
        var filter = new UnitRepository.UnitFilter(q, scope.pathPrefix(),
                withinCode == null ? null : require(withinCode),
                parentCode == null ? null : require(parentCode), type, activeOn);
        var query = units.search(filter, sort).page(page.panachePage());
        return PageResult.of(query.list(), page, query.count(), mapper::toView);
    }

    public UnitNode tree(String code, int depth, LocalDate activeOn) {
        Unit root = require(code);
        Map<Long, List<UnitNode>> childrenByParent = new HashMap<>();
        List<Unit> subtree = units.subtree(root, depth, activeOn == null ? VietnamClock.today() : activeOn);
        // Deepest first, so each node is built after all of its children.
        for (int i = subtree.size() - 1; i >= 0; i--) {
            Unit unit = subtree.get(i);
            if (unit.parent != null && !unit.id.equals(root.id)) {
                UnitNode node = node(unit, childrenByParent);
                childrenByParent.computeIfAbsent(unit.parent.id, k -> new ArrayList<>()).add(0, node);
            }
        }
        return node(root, childrenByParent);
    }

    private static UnitNode node(Unit unit, Map<Long, List<UnitNode>> childrenByParent) {
        return new UnitNode(unit.code, unit.name, unit.type, childrenByParent.getOrDefault(unit.id, List.of()));
    }

    @Transactional
    public UnitView create(UnitCreate request) {
        if (units.findByCode(request.code()).isPresent()) {
            throw ApiException.conflict("unit-code-taken", request.code());
        }
        checkValidity(request.validFrom(), request.validTo());
        Unit unit = new Unit();
        unit.code = request.code();
        unit.name = request.name().strip();
        unit.type = request.type();
        unit.sector = request.sector();
        unit.parent = request.parentCode() == null ? null : requireReferenced("parentCode", request.parentCode());
        if (unit.parent == null && !scope.national()) {
            throw ApiException.invalid(FieldProblem.of("parentCode", "NotNull"));
        }
        unit.validFrom = request.validFrom();
        unit.validTo = request.validTo();
        units.persistAndFlush(unit);
        return mapper.toView(unit);
    }

    @Transactional
    public UnitView update(String code, UnitUpdate request) {
        Unit unit = requireBelowOwn(code);
        Versions.check(unit.version, request.version());
        checkValidity(request.validFrom(), request.validTo());
        Unit parent = request.parentCode() == null ? null : requireReferenced("parentCode", request.parentCode());
        if (parent == null && !scope.national()) {
            throw ApiException.invalid(FieldProblem.of("parentCode", "NotNull"));
        }
        if (parent != null && unit.contains(parent)) {
            throw ApiException.invalid(FieldProblem.of("parentCode", "NotInOwnSubtree", request.parentCode()));
        }
        if (parent != unit.parent) {
            units.moveTakesEffectOn(request.movedOn() != null ? request.movedOn() : VietnamClock.today());
        }
        unit.name = request.name().strip();
        unit.type = request.type();
        unit.sector = request.sector();
        unit.parent = parent;
        unit.validFrom = request.validFrom();
        unit.validTo = request.validTo();
        units.flush();
        return mapper.toView(unit);
    }

    /**
     * A unit the caller may change: one below their own unit (anything, for national roles). Their own unit and the
     * units above it, which they know of, answer 403; the rest of the tree 404, as if it did not exist.
     */
    private Unit requireBelowOwn(String code) {
        if (!scope.national()) {
            Optional<Unit> own = scope.ownUnit();
            Optional<Unit> named = units.findByCode(code);
            if (own.isPresent() && named.isPresent() && named.get().contains(own.get())) {
                throw ApiException.forbidden("unit-own-or-above", FieldProblem.of("code", "BelowOwnUnit", code, own.get().code));
            }
        }
        return require(code);
    }

    private static void checkValidity(LocalDate from, LocalDate to) {
        if (to != null && to.isBefore(from)) {
            throw ApiException.invalid(FieldProblem.of("validTo", "NotBeforeValidFrom"));
        }
    }
}
