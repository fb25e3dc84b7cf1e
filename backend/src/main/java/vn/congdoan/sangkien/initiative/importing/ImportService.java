package vn.congdoan.sangkien.initiative.importing;

import vn.congdoan.sangkien.common.spreadsheet.ImportMode;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.initiative.importing.ImportDtos.ImportResult;
import vn.congdoan.sangkien.initiative.importing.ImportRepository.Load;
import vn.congdoan.sangkien.initiative.importing.ImportRows.ImportUnit;
import vn.congdoan.sangkien.initiative.importing.RowEncoder.Encoded;
import vn.congdoan.sangkien.common.spreadsheet.SheetReader;
import vn.congdoan.sangkien.common.spreadsheet.SheetReader.Sheet;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.program.ProgramService;
import vn.congdoan.sangkien.unit.UnitScope;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Imports the lists units keep in Excel: checked row by row, all or nothing or the right rows only, once per file. */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    public static final int MAX_ROWS = 200_000;
    /** Rejected rows listed in an answer; the count says how many there were in all. */
    static final int MAX_LISTED = 1_000;

    private final ProgramService programs;
    private final UnitScope scope;
    private final ImportRepository imports;
    private final EntityManager entityManager;

    public ImportService(ProgramService programs, UnitScope scope, ImportRepository imports, EntityManager entityManager) {
        this.programs = programs;
        this.scope = scope;
        this.imports = imports;
        this.entityManager = entityManager;
    }

    // A file of 200.000 rows is one transaction (all or nothing): more than the default 60 s on a busy server.
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public ImportResult importInitiatives(String programCode, ImportMode mode, byte[] body, boolean xlsx) {
        Program program = programs.require(programCode);
        if (body == null || body.length == 0) {
            throw ApiException.invalid(FieldProblem.of("file", "NotEmpty"));
        }
        String sha256 = sha256(body);
        Optional<ImportBatch> earlier = entityManager.createQuery(
                        "from ImportBatch where programId = ?1 and sha256 = ?2", ImportBatch.class)
                .setParameter(1, program.id).setParameter(2, sha256).getResultStream().findFirst();
        if (earlier.isPresent()) {
            return result(earlier.get(), true);
        }
        long begin = System.nanoTime();
        Sheet sheet = SheetReader.read(body, xlsx, cell -> ImportColumn.ofHeader(cell).isPresent());
        long read = System.nanoTime();
        if (sheet.rows().size() > MAX_ROWS) {
            throw ApiException.tooLarge("import-too-many-rows", MAX_ROWS);
        }
        Map<String, ImportUnit> units = unitsInScope(sheet);
        long looked = System.nanoTime();
        ImportRows checker = new ImportRows(sheet.header(), code -> Optional.ofNullable(units.get(code)),
                windowStart(program), windowEnd(program));
        if (!checker.missingColumns().isEmpty()) {
            throw ApiException.invalid(checker.missingColumns());
        }
        if (sheet.rows().isEmpty()) {
            throw ApiException.invalid(FieldProblem.of("file", "NotEmpty"));
        }
        // The batch first: the rows refer to it, and the same file sent twice at once stops here (409).
        ImportBatch batch = new ImportBatch();
        batch.programId = program.id;
        batch.sha256 = sha256;
        batch.fileFormat = xlsx ? "XLSX" : "CSV";
        batch.mode = mode;
        batch.importedBy = scope.username().orElse("system");
        batch.importedAt = Timestamps.now();
        batch.rowCount = sheet.rows().size();
        batch.rejectedRows = List.of();
        try {
            entityManager.persist(batch);
            entityManager.flush();
        } catch (PersistenceException e) {
            // The same file sent twice at once: the other request holds it.
            throw ApiException.conflict("import-in-progress");
        }
        LOG.infof("import batch %d: %d rows read from the file in %d ms, their units looked up in %d ms", batch.id,
                sheet.rows().size(), (read - begin) / 1_000_000, (looked - read) / 1_000_000);
        // Checked while stored; all or nothing with a wrong row answers 400 from here, and the transaction rolls back.
        Encoded loaded = imports.load(new Load(program.id, batch.id, mode, batch.importedBy, "Nhập từ tệp, lô " + batch.id,
                batch.importedAt.toInstant(), VietnamClock.today()), sheet.rows(), checker, units.values());
        batch.imported = loaded.imported();
        batch.rejectedRows = loaded.rejectedListed();
        return result(batch, false);
    }

    private static ImportResult result(ImportBatch batch, boolean replayed) {
        return new ImportResult(batch.id, batch.sha256, batch.mode, batch.rowCount, batch.imported,
                batch.rowCount - batch.imported, batch.rejectedRows, replayed, batch.importedAt, batch.importedBy);
    }

    /** One query for every unit code the file names; a unit outside the importer's subtree is as unknown. */
    private Map<String, ImportUnit> unitsInScope(Sheet sheet) {
        int column = -1;
        for (int i = 0; i < sheet.header().size(); i++) {
            if (ImportColumn.ofHeader(sheet.header().get(i)).orElse(null) == ImportColumn.UNIT_CODE) {
                column = i;
                break;
            }
        }
        int unitColumn = column;
        Set<String> codes = sheet.rows().stream().map(r -> r.cell(unitColumn)).filter(c -> !c.isEmpty()).collect(Collectors.toSet());
        Map<String, ImportUnit> found = new HashMap<>();
        for (ImportUnit unit : imports.units(codes)) {
            if (scope.covers(unit.path())) {
                found.put(unit.code(), unit);
            }
        }
        return found;
    }

    private LocalDate windowStart(Program program) {
        return programs.periodsOf(program).stream().map(p -> p.startsOn).min(Comparator.naturalOrder()).orElse(LocalDate.MIN);
    }

    private LocalDate windowEnd(Program program) {
        return programs.periodsOf(program).stream().map((Period p) -> p.endsOn).max(Comparator.naturalOrder()).orElse(LocalDate.MAX);
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
