package vn.congdoan.sangkien.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The backend's packages point one way (docs/architecture.md, "Backend packages"): common imports no feature, a
 * feature imports only the features below it, and there is no cycle. A new upward import fails here, naming the class.
 */
class ArchitectureTest {

    private static final String ROOT = "vn.congdoan.sangkien";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void featuresDependOnlyOnTheFeaturesBelowThem() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("common").definedBy(ROOT + ".common..")
                .layer("security").definedBy(ROOT + ".security..")
                .layer("unit").definedBy(ROOT + ".unit..")
                .layer("me").definedBy(ROOT + ".me..")
                .layer("audit").definedBy(ROOT + ".audit..")
                .layer("outbox").definedBy(ROOT + ".outbox..")
                .layer("program").definedBy(ROOT + ".program..")
                .layer("quota").definedBy(ROOT + ".quota..")
                .layer("initiative").definedBy(ROOT + ".initiative..")
                .layer("evaluation").definedBy(ROOT + ".evaluation..")
                .layer("progress").definedBy(ROOT + ".progress..")
                .layer("report").definedBy(ROOT + ".report..")
                .layer("seed").definedBy(ROOT + ".seed..")
                .layer("notification").definedBy(ROOT + ".notification..")
                .layer("reminder").definedBy(ROOT + ".reminder..")
                .layer("webhook").definedBy(ROOT + ".webhook..")
                .layer("reward").definedBy(ROOT + ".reward..")
                .layer("showcase").definedBy(ROOT + ".showcase..")
                .layer("review").definedBy(ROOT + ".review..")
                .whereLayer("review").mayNotBeAccessedByAnyLayer()
                .whereLayer("showcase").mayNotBeAccessedByAnyLayer()
                .whereLayer("reward").mayOnlyBeAccessedByLayers("review")
                .whereLayer("reminder").mayNotBeAccessedByAnyLayer()
                .whereLayer("webhook").mayNotBeAccessedByAnyLayer()
                .whereLayer("notification").mayNotBeAccessedByAnyLayer()
                .whereLayer("outbox").mayOnlyBeAccessedByLayers("quota", "initiative", "evaluation", "progress", "notification",
                        "reminder", "webhook", "seed")
                .whereLayer("seed").mayNotBeAccessedByAnyLayer()
                .whereLayer("report").mayOnlyBeAccessedByLayers("seed")
                .whereLayer("me").mayNotBeAccessedByAnyLayer()
                .whereLayer("evaluation").mayOnlyBeAccessedByLayers("seed")
                .whereLayer("progress").mayOnlyBeAccessedByLayers("report", "seed", "reward", "review")
                .whereLayer("initiative").mayOnlyBeAccessedByLayers("evaluation", "report", "seed", "reward", "showcase", "review")
                .whereLayer("quota").mayOnlyBeAccessedByLayers("progress", "report", "seed")
                .whereLayer("program").mayOnlyBeAccessedByLayers("quota", "initiative", "evaluation", "progress", "report", "seed", "reward", "review")
                .whereLayer("audit").mayOnlyBeAccessedByLayers("initiative", "evaluation", "quota", "program", "seed")
                .whereLayer("unit").mayOnlyBeAccessedByLayers("me", "audit", "program", "quota", "initiative", "evaluation",
                        "progress", "report", "seed", "outbox", "notification", "reminder", "webhook", "reward", "showcase", "review")
                .whereLayer("security").mayOnlyBeAccessedByLayers("unit", "me", "audit", "program", "quota", "initiative",
                        "evaluation", "progress", "report", "seed", "outbox", "notification", "reminder", "webhook", "reward", "showcase", "review")
                .whereLayer("common").mayOnlyBeAccessedByLayers("security", "unit", "me", "audit", "program", "quota",
                        "initiative", "evaluation", "progress", "report", "seed", "outbox", "notification", "reminder", "webhook", "reward", "showcase", "review");
        rule.check(classes);
    }

    @Test
    void commonImportsNoFeature() {
        noClasses().that().resideInAPackage(ROOT + ".common..")
                .should().dependOnClassesThat().resideOutsideOfPackages(ROOT + ".common..", "java..", "javax..", "jakarta..",
                        "org..", "com..", "io..")
                .check(classes);
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void sqlGoesThroughJdbiOnly() {
        // Two ways to the database: Panache entities, and Jdbi for hand-written SQL (set up in common.db). The import's
        // COPY through the driver's CopyManager is the one other way, and it needs neither of these.
        noClasses().that().resideOutsideOfPackage(ROOT + ".common.db..")
                .should().dependOnClassesThat().haveFullyQualifiedName("java.sql.PreparedStatement")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.sql.ResultSet")
                .orShould().callMethod(jakarta.persistence.EntityManager.class, "createNativeQuery", String.class)
                .check(classes);
    }

    @Test
    void rowsMapToRecordsThroughRecordRows() {
        // Jdbi's ConstructorMapper matches columns anew for every result set; RecordRows does it once per layout.
        noClasses().that().resideOutsideOfPackage(ROOT + ".common.db..")
                .should().dependOnClassesThat().haveFullyQualifiedName("org.jdbi.v3.core.mapper.reflect.ConstructorMapper")
                .check(classes);
    }
}
