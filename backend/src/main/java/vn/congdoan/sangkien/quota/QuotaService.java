package vn.congdoan.sangkien.quota;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.Versions;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.outbox.EventKind;
import vn.congdoan.sangkien.outbox.Outbox;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.program.ProgramMapper;
import vn.congdoan.sangkien.program.ProgramService;
import vn.congdoan.sangkien.quota.QuotaDtos.ChildAllocation;
import vn.congdoan.sangkien.quota.QuotaDtos.ChildTargets;
import vn.congdoan.sangkien.quota.QuotaDtos.OwnTargets;
import vn.congdoan.sangkien.quota.QuotaDtos.QuotaAllocation;
import vn.congdoan.sangkien.quota.QuotaDtos.QuotaChange;
import vn.congdoan.sangkien.quota.QuotaDtos.QuotaChanges;
import vn.congdoan.sangkien.quota.QuotaDtos.QuotaRow;
import vn.congdoan.sangkien.common.sync.ChangePage;
import vn.congdoan.sangkien.common.sync.ChangeToken;
import vn.congdoan.sangkien.quota.QuotaDtos.QuotaTable;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitRepository;
import vn.congdoan.sangkien.unit.UnitScope;
import vn.congdoan.sangkien.unit.UnitService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

@ApplicationScoped
public class QuotaService {

    private final QuotaRepository quotas;
    private final QuotaSheetRepository sheets;
    private final UnitRepository units;
    private final UnitService unitService;
    private final ProgramService programService;
    private final ProgramMapper programMapper;
    private final QuotaRules rules;
    private final Outbox outbox;
    private final UnitScope scope;

    private final QuotaChangesRepository quotaChanges;

    public QuotaService(QuotaRepository quotas, QuotaSheetRepository sheets, UnitRepository units, UnitService unitService,
                        ProgramService programService, ProgramMapper programMapper, QuotaRules rules, Outbox outbox,
                        UnitScope scope, QuotaChangesRepository quotaChanges) {
        this.quotaChanges = quotaChanges;
        this.outbox = outbox;
        this.scope = scope;
        this.quotas = quotas;
        this.sheets = sheets;
        this.units = units;
        this.unitService = unitService;
        this.programService = programService;
        this.programMapper = programMapper;
        this.rules = rules;
    }

    /** One page of the programme's quota changes in the subtree of {@code rootCode} (default: the quota table's top). */
    @Transactional
    public QuotaChanges changes(String programCode, String rootCode, String since, int size) {
        ChangeToken token = ChangeToken.parse(since, "since");
        Program program = programService.require(programCode);
        Unit root = rootCode != null ? unitService.require(rootCode)
                : unitService.defaultRoot(quotas.topUnit(program), "quota", programCode);
        ChangePage<QuotaChange> page = quotaChanges.changes(program.id, root.path, token, size);
        return new QuotaChanges(page.items(), page.removed(), page.next(), page.more());
    }

    /** The quota table of a unit (by default the top of the programme) and its direct children. */
    public QuotaTable table(String programCode, String unitCode) {
        Program program = programService.require(programCode);
        Unit parent = unitCode != null ? unitService.require(unitCode)
                : unitService.defaultRoot(quotas.topUnit(program), "quota", programCode);
        return table(program, parent);
    }

    private QuotaTable table(Program program, Unit parent) {
        List<Unit> children = units.list("parent", Sort.ascending("name"), parent);
        List<Long> ids = new ArrayList<>(children.stream().map(u -> u.id).toList());
        ids.add(parent.id);
        Map<Long, Map<String, Integer>> targetsByUnit = new HashMap<>();
        for (Quota quota : quotas.ofUnits(program, ids)) {
            targetsByUnit.computeIfAbsent(quota.unit.id, k -> new LinkedHashMap<>()).put(quota.period.code, quota.target);
        }
        Map<String, Integer> totals = new LinkedHashMap<>();
        List<QuotaRow> rows = children.stream().map(child -> row(child, targetsByUnit)).toList();
        rows.forEach(row -> row.targets().forEach((period, target) -> totals.merge(period, target, Integer::sum)));
        long version = sheets.find(program, parent).map(sheet -> sheet.version).orElse(0L);
        return new QuotaTable(program.code, program.quotaRule,
                programService.periodsOf(program).stream().map(programMapper::toView).toList(),
                row(parent, targetsByUnit), rows, totals, version);
    }

    private static QuotaRow row(Unit unit, Map<Long, Map<String, Integer>> targetsByUnit) {
        return new QuotaRow(unit.code, unit.name, unit.type, targetsByUnit.getOrDefault(unit.id, Map.of()));
    }

    /**
     * Replaces the whole allocation of a parent's quota to its direct children, in one checked step. The children
     * must add up to the parent under the programme's rule (an empty allocation too: under MUST_EQUAL it is allowed
     * only while the parent's targets are 0), and each child must keep covering what its own children already hold,
     * unless the request replaces that child's allocation too ({@code below}): then it is checked against the child's
     * new targets, at any depth, and everything commits or nothing does.
     */
    @Transactional
    public QuotaTable allocate(String programCode, String parentCode, QuotaAllocation request) {
        Program program = programService.require(programCode);
        Unit parent = unitService.require(parentCode);
        allocate(program, parent, request, "");
        return table(program, parent);
    }

    /** @param prefix where this allocation sits in the request, for the fields named in problems */
    private void allocate(Program program, Unit parent, QuotaAllocation request, String prefix) {
        List<Unit> children = units.list("parent", parent);
        List<Long> childIds = children.stream().map(u -> u.id).toList();
        lockUnits(parent, childIds);
        QuotaSheet sheet = sheet(program, parent, request.version());
        Map<String, Period> periods = periodsByCode(program);

        List<FieldProblem> invalid = new ArrayList<>();
        Map<Unit, Map<Period, Integer>> allocation = new LinkedHashMap<>();
        Map<Long, Integer> rowOf = new HashMap<>();
        for (int i = 0; i < request.allocations().size(); i++) {
            ChildTargets child = request.allocations().get(i);
            String field = prefix + "allocations[" + i + "]";
            Unit unit = directChild(child.unitCode(), parent, field + ".unitCode", allocation.keySet(), invalid);
            if (unit != null) {
                allocation.put(unit, rules.readTargets(field + ".targets", child.targets(), periods, invalid));
                rowOf.put(unit.id, i);
            }
        }
        Map<Unit, QuotaAllocation> below = new LinkedHashMap<>();
        List<ChildAllocation> sentBelow = request.below() == null ? List.of() : request.below();
        for (int i = 0; i < sentBelow.size(); i++) {
            Unit unit = directChild(sentBelow.get(i).unitCode(), parent, prefix + "below[" + i + "].unitCode", below.keySet(), invalid);
            if (unit != null) {
                below.put(unit, sentBelow.get(i).allocation());
            }
        }
        if (!invalid.isEmpty()) {
            throw ApiException.invalid(invalid);
        }
        List<FieldProblem> broken = new ArrayList<>();
        int row = 0;
        for (Map<Period, Integer> targets : allocation.values()) {
            broken.addAll(rules.checkSubPeriodSums(prefix + "allocations[" + row++ + "].targets", targets, periods.values()));
        }
        rules.checkAgainstParent(program.quotaRule, targetsOf(program, parent), allocation.values())
                .forEach(problem -> broken.add(problem.under(prefix)));
        if (!broken.isEmpty()) {
            throw ApiException.rule("quota-rule", broken, parent.name);
        }
        // A child left out of the allocation gets no targets: that too must fit what its children already hold.
        Map<Long, Map<Long, Integer>> allocatedBelow = quotas.allocatedBelow(program, childIds);
        List<FieldProblem> belowBroken = new ArrayList<>();
        for (Unit child : children) {
            if (below.containsKey(child)) {
                continue; // its children's new allocation is checked against its new targets below
            }
            Integer at = rowOf.get(child.id);
            belowBroken.addAll(rules.checkAllocatedBelow(prefix + (at == null ? "allocations" : "allocations[" + at + "].targets"),
                    program.quotaRule, child.code, allocation.getOrDefault(child, Map.of()), byPeriod(allocatedBelow.get(child.id), periods)));
        }
        if (!belowBroken.isEmpty()) {
            throw ApiException.rule("quota-allocated-below", belowBroken, parent.name, program.quotaRule);
        }

        if (!childIds.isEmpty()) {
            replaceTargets(program, childIds, allocation);
        }
        touch(sheet);
        int i = 0;
        for (var next : below.entrySet()) {
            allocate(program, next.getKey(), next.getValue(), prefix + "below[" + i++ + "].allocation.");
        }
    }

    /** The unit named at {@code field} if it is a direct child of the parent not named before; else a problem. */
    private Unit directChild(String code, Unit parent, String field, Set<Unit> named, List<FieldProblem> invalid) {
        Unit unit = units.findByCode(code).orElse(null);
        if (unit == null || unit.parent == null || !unit.parent.id.equals(parent.id)) {
            invalid.add(FieldProblem.of(field, "DirectChild", code, parent.code));
            return null;
        }
        if (named.contains(unit)) {
            invalid.add(FieldProblem.of(field, "Unique", code));
            return null;
        }
        return unit;
    }

    /**
     * Sets the targets of the unit at the top of the programme: the one whose parent holds no quota in it. They must
     * keep covering what its children already hold, unless the request replaces the children's allocation too.
     */
    @Transactional
    public QuotaTable setOwnTargets(String programCode, String unitCode, OwnTargets request) {
        Program program = programService.require(programCode);
        Unit unit = unitService.require(unitCode);
        if (unit.parent != null && !targetsOf(program, unit.parent).isEmpty()) {
            throw ApiException.conflict("quota-from-parent", unit.parent.code);
        }
        lockUnits(unit, List.of());
        QuotaSheet sheet = sheet(program, unit, request.version());
        Map<String, Period> periods = periodsByCode(program);
        List<FieldProblem> invalid = new ArrayList<>();
        Map<Period, Integer> targets = rules.readTargets("targets", request.targets(), periods, invalid);
        if (!invalid.isEmpty()) {
            throw ApiException.invalid(invalid);
        }
        List<FieldProblem> broken = rules.checkSubPeriodSums("targets", targets, periods.values());
        if (!broken.isEmpty()) {
            throw ApiException.rule("quota-rule", broken, unit.name);
        }
        if (request.allocations() != null) { // the children's allocation is replaced too, and checked against the new targets
            replaceTargets(program, List.of(unit.id), Map.of(unit, targets));
            allocate(program, unit, new QuotaAllocation(request.version(), request.allocations(), request.below()), "");
            return table(program, unit);
        }
        if (request.below() != null) {
            throw ApiException.invalid(FieldProblem.of("below", "OnlyWithAllocations"));
        }
        List<FieldProblem> belowBroken = rules.checkAllocatedBelow("targets", program.quotaRule, unit.code, targets,
                byPeriod(quotas.allocatedBelow(program, List.of(unit.id)).get(unit.id), periods));
        if (!belowBroken.isEmpty()) {
            throw ApiException.rule("quota-allocated-below", belowBroken, unit.name, program.quotaRule);
        }
        replaceTargets(program, List.of(unit.id), Map.of(unit, targets));
        touch(sheet);
        return table(program, unit);
    }

    /**
     * Replaces the targets of the units {@code unitIds} in the programme by {@code targets} (a unit left out has none);
     * each unit whose targets changed is told (QUOTA_CHANGED), with its targets before and after, by period code.
     */
    private void replaceTargets(Program program, List<Long> unitIds, Map<Unit, Map<Period, Integer>> targets) {
        Map<Long, Map<String, Integer>> before = new HashMap<>();
        quotas.ofUnits(program, unitIds).forEach(q -> before.computeIfAbsent(q.unit.id, id -> new TreeMap<>()).put(q.period.code, q.target));
        quotas.deleteOfUnits(program, unitIds);
        Map<Long, Map<String, Integer>> after = new HashMap<>();
        targets.forEach((unit, byPeriod) -> byPeriod.forEach((period, target) -> {
            quotas.persist(Quota.of(unit, period, target));
            after.computeIfAbsent(unit.id, id -> new TreeMap<>()).put(period.code, target);
        }));
        for (Long unitId : unitIds) {
            Map<String, Integer> old = before.getOrDefault(unitId, Map.of());
            Map<String, Integer> now = after.getOrDefault(unitId, Map.of());
            if (!old.equals(now)) {
                Unit unit = units.findById(unitId);
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("programCode", program.code);
                data.put("unitCode", unit.code);
                data.put("unitName", unit.name);
                data.put("unitPath", unit.path);
                data.put("targetsBefore", old);
                data.put("targets", now);
                outbox.record(EventKind.QUOTA_CHANGED, unit.id, null, scope.username().orElse("system"), data);
            }
        }
    }

    /** Holds the unit (and the children whose targets change) until commit: concurrent writers wait, then see our version. */
    private void lockUnits(Unit unit, List<Long> childIds) {
        List<Long> ids = new ArrayList<>(childIds);
        ids.add(unit.id);
        sheets.lockUnits(ids);
    }

    /** The unit's sheet as it stands now (read after the lock), checked against the version the client read. */
    private QuotaSheet sheet(Program program, Unit unit, long sentVersion) {
        QuotaSheet sheet = sheets.find(program, unit).orElseGet(() -> {
            QuotaSheet created = new QuotaSheet();
            created.program = program;
            created.unit = unit;
            return created;
        });
        Versions.check(sheet.version, sentVersion);
        return sheet;
    }

    private void touch(QuotaSheet sheet) {
        sheet.updatedAt = Timestamps.now();
        if (sheet.id == null) {
            sheets.persist(sheet);
        }
        sheets.flush(); // a concurrent writer of the same sheet fails here with a version conflict (409)
    }

    private Map<String, Period> periodsByCode(Program program) {
        Map<String, Period> byCode = new LinkedHashMap<>();
        programService.periodsOf(program).forEach(p -> byCode.put(p.code, p));
        return byCode;
    }

    private static Map<Period, Integer> byPeriod(Map<Long, Integer> byPeriodId, Map<String, Period> periods) {
        Map<Period, Integer> targets = new LinkedHashMap<>();
        if (byPeriodId != null) {
            periods.values().stream().filter(p -> byPeriodId.containsKey(p.id)).forEach(p -> targets.put(p, byPeriodId.get(p.id)));
        }
        return targets;
    }

    private Map<Period, Integer> targetsOf(Program program, Unit unit) {
        Map<Period, Integer> targets = new LinkedHashMap<>();
        quotas.ofUnits(program, List.of(unit.id)).forEach(q -> targets.put(q.period, q.target));
        return targets;
    }
}
