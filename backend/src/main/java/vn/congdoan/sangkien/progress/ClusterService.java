package vn.congdoan.sangkien.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.program.ProgramService;
import vn.congdoan.sangkien.progress.RankingDtos.ClusterView;
import vn.congdoan.sangkien.progress.RankingDtos.ClusterWrite;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitRepository;
import vn.congdoan.sangkien.unit.UnitScope;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Emulation clusters are data: a federation groups units that compete with each other. */
@ApplicationScoped
public class ClusterService {

    private final EntityManager entityManager;
    private final ProgramService programs;
    private final UnitRepository units;
    private final UnitScope scope;

    public ClusterService(EntityManager entityManager, ProgramService programs, UnitRepository units, UnitScope scope) {
        this.entityManager = entityManager;
        this.programs = programs;
        this.units = units;
        this.scope = scope;
    }

    /** The clusters whose members the caller may all see. */
    public List<ClusterView> list(String programCode) {
        Program program = programs.require(programCode);
        return entityManager.createQuery("select distinct c from EmulationCluster c left join fetch c.members "
                        + "where c.programId = ?1 order by c.code", EmulationCluster.class)
                .setParameter(1, program.id).getResultList().stream().filter(this::visible).map(ClusterService::view).toList();
    }

    public EmulationCluster requireVisible(Program program, String code) {
        return find(program, code).filter(this::visible).orElseThrow(() -> ApiException.notFound("cluster", code));
    }

    @Transactional
    public ClusterView put(String programCode, String code, ClusterWrite request) {
        Program program = programs.require(programCode);
        Optional<EmulationCluster> existing = find(program, code);
        EmulationCluster cluster = existing.orElseGet(EmulationCluster::new);
        if (existing.isPresent()) {
            requireVisible(program, code);
            if (request.version() == null) {
                throw ApiException.invalid(FieldProblem.of("version", "NotNull"));
            }
            if (request.version() != cluster.version) {
                throw ApiException.stale(request.version(), cluster.version);
            }
        }
        List<FieldProblem> problems = new ArrayList<>();
        Set<Unit> members = new LinkedHashSet<>();
        for (int i = 0; i < request.unitCodes().size(); i++) {
            String unitCode = request.unitCodes().get(i);
            Optional<Unit> unit = units.findByCode(unitCode).filter(scope::covers);
            if (unit.isEmpty()) {
                problems.add(FieldProblem.of("unitCodes[" + i + "]", "UnitExists", unitCode));
            } else if (!members.add(unit.get())) {
                problems.add(FieldProblem.of("unitCodes[" + i + "]", "Unique", unitCode));
            }
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        cluster.programId = program.id;
        cluster.code = code;
        cluster.name = request.name().strip();
        cluster.members.clear();
        cluster.members.addAll(members);
        if (existing.isEmpty()) {
            entityManager.persist(cluster);
        } else {
            // A member change alone must still bump the version, or a concurrent edit would go unnoticed.
            entityManager.lock(cluster, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        }
        entityManager.flush();
        return view(cluster);
    }

    private Optional<EmulationCluster> find(Program program, String code) {
        return entityManager.createQuery("select c from EmulationCluster c left join fetch c.members "
                        + "where c.programId = ?1 and c.code = ?2", EmulationCluster.class)
                .setParameter(1, program.id).setParameter(2, code).getResultList().stream().findFirst();
    }

    private boolean visible(EmulationCluster cluster) {
        return cluster.members.stream().allMatch(scope::covers);
    }

    private static ClusterView view(EmulationCluster cluster) {
        return new ClusterView(cluster.code, cluster.name, cluster.members.stream().map(u -> u.code).toList(), cluster.version);
    }
}
