package vn.congdoan.sangkien.seed;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import vn.congdoan.sangkien.common.db.TransactionLocks;
import vn.congdoan.sangkien.evaluation.CouncilService;
import vn.congdoan.sangkien.evaluation.RubricService;
import vn.congdoan.sangkien.program.ProgramDtos.PeriodWrite;
import vn.congdoan.sangkien.program.ProgramDtos.ProgramCreate;
import vn.congdoan.sangkien.program.ProgramRepository;
import vn.congdoan.sangkien.program.ProgramService;
import vn.congdoan.sangkien.quota.QuotaDtos.ChildTargets;
import vn.congdoan.sangkien.quota.QuotaDtos.OwnTargets;
import vn.congdoan.sangkien.quota.QuotaDtos.QuotaAllocation;
import vn.congdoan.sangkien.quota.QuotaService;
import vn.congdoan.sangkien.unit.UnitDtos.UnitCreate;
import vn.congdoan.sangkien.unit.UnitRepository;
import vn.congdoan.sangkien.unit.UnitScope;
import vn.congdoan.sangkien.unit.UnitService;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Loads the first customer's reference data (Lai Châu) on the first start where it is enabled, through the same
 * services as the API so the seed passes every rule (the quota table must add up). Later starts find it and skip.
 */
@ApplicationScoped
public class ReferenceDataLoader {

    private static final Logger LOG = Logger.getLogger(ReferenceDataLoader.class);
    private static final String RESOURCE = "/reference-data/lai-chau.json";

    private final boolean enabled;
    private final ObjectMapper json;
    private final UnitService units;
    private final UnitRepository unitRepository;
    private final ProgramService programs;
    private final ProgramRepository programRepository;
    private final QuotaService quotas;
    private final UnitScope scope;
    private final RubricService rubrics;
    private final CouncilService councils;
    private final TransactionLocks locks;

    public ReferenceDataLoader(@ConfigProperty(name = "sangkien.reference-data.enabled") boolean enabled, ObjectMapper json,
                               UnitService units, UnitRepository unitRepository, ProgramService programs,
                               ProgramRepository programRepository, QuotaService quotas, UnitScope scope,
                               RubricService rubrics, CouncilService councils, TransactionLocks locks) {
        this.locks = locks;
        this.scope = scope;
        this.rubrics = rubrics;
        this.councils = councils;
        this.enabled = enabled;
        this.json = json;
        this.units = units;
        this.unitRepository = unitRepository;
        this.programs = programs;
        this.programRepository = programRepository;
        this.quotas = quotas;
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) {
            scope.asSystem(() -> QuarkusTransaction.requiringNew().run(this::load));
        }
    }

    void load() {
        ReferenceData data = read();
        // Several instances starting at once on an empty database: one loads, the others wait and find it loaded.
        locks.lock("reference-data");
        if (programRepository.findByCode(data.program().code()).isPresent()) {
            return;
        }
        for (ReferenceData.UnitEntry unit : data.units()) {
            if (unitRepository.findByCode(unit.code()).isEmpty()) {
                units.create(new UnitCreate(unit.code(), unit.name(), unit.type(), null, unit.parent(), data.unitsValidFrom(), null));
            }
        }
        var program = data.program();
        programs.create(new ProgramCreate(program.code(), program.name(), program.description(), program.quotaRule(), null));
        for (ReferenceData.PeriodEntry period : program.periods()) {
            programs.createPeriod(program.code(), new PeriodWrite(period.code(), period.name(), period.kind(), period.parent(),
                    period.startsOn(), period.endsOn(), null));
        }
        ReferenceData.QuotaEntry top = data.quotas().get(0);
        quotas.setOwnTargets(program.code(), top.unit(), new OwnTargets(0L, top.targets()));
        List<ChildTargets> children = data.quotas().stream().skip(1)
                .map(q -> new ChildTargets(q.unit(), q.targets())).toList();
        quotas.allocate(program.code(), top.unit(), new QuotaAllocation(0L, children));
        data.rubrics().forEach(rubrics::create);
        data.councils().forEach(council -> councils.replace(council.unit(), council.members()));
        LOG.infof("Loaded reference data: %d units, programme %s with its quota table, %d rubric(s), %d council(s)",
                data.units().size(), program.code(), data.rubrics().size(), data.councils().size());
    }

    private ReferenceData read() {
        try (InputStream in = ReferenceDataLoader.class.getResourceAsStream(RESOURCE)) {
            return json.readValue(in, ReferenceData.class);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }
}
