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
import vn.congdoan.sangkien.common.paging.PageRequest;
import vn.congdoan.sangkien.common.paging.PageResult;
import vn.congdoan.sangkien.common.spreadsheet.RejectedRow;
import vn.congdoan.sangkien.common.spreadsheet.SheetReader.SheetRow;
import vn.congdoan.sangkien.common.text.TextInput;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.initiative.importing.ImportDtos.ImportBatchDetail;
import vn.congdoan.sangkien.initiative.importing.ImportDtos.ImportBatchSummary;
import vn.congdoan.sangkien.initiative.importing.ImportDtos.ImportResult;
import vn.congdoan.sangkien.initiative.importing.ImportDtos.ImportedInitiative;
import vn.congdoan.sangkien.initiative.importing.ImportDtos.PreviewRow;
import vn.congdoan.sangkien.initiative.importing.ImportRows.ImportedRow;
import vn.congdoan.sangkien.initiative.importing.ImportRepository.Load;
import vn.congdoan.sangkien.initiative.importing.ImportRows.ImportUnit;
import vn.congdoan.sangkien.initiative.importing.RowEncoder.Encoded;
import vn.congdoan.sangkien.common.spreadsheet.SheetReader;
import vn.congdoan.sangkien.common.spreadsheet.SheetReader.Sheet;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.program.ProgramService;
import vn.congdoan.sangkien.outbox.EventKind;
import vn.congdoan.sangkien.outbox.Outbox;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitScope;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Imports the lists units keep in Excel: checked row by row, all or nothing or the right rows only, once per file. */
@ApplicationScoped
public class ImportService {

    private static final Logger LOG = Logger.getLogger(ImportService.class);

    public static final int MAX_ROWS = 200_000;
    /** Rejected rows listed in an answer; the count says how many there were in all. */
    static final int MAX_LISTED = 1_000;
    /** Rows that would be imported shown by a dry run. */
    static final int PREVIEW_ROWS = 20;

    private final ProgramService programs;
    private final UnitScope scope;
    private final ImportRepository imports;
    private final EntityManager entityManager;
    private final ImportBatchRepository batches;
    private final Outbox outbox;

    public ImportService(ProgramService programs, UnitScope scope, ImportRepository imports, EntityManager entityManager,
                         ImportBatchRepository batches, Outbox outbox) {
        this.outbox = outbox;
        this.batches = batches;
        this.programs = programs;
        this.scope = scope;
        this.imports = imports;
        this.entityManager = entityManager;
    }

    // A file of 200.000 rows is one transaction (all or nothing): more than the default 60 s on a busy server.
    /**
     * @param dryRun   check everything and answer what would happen, writing nothing (no batch, no rows)
     * @param fileName the file's name as the importer's browser gives it, for the list of past imports
     */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public ImportResult importInitiatives(String programCode, ImportMode mode, byte[] body, boolean xlsx, boolean dryRun,
                                          String fileName) {
        Program program = programs.require(programCode);
        if (body == null || body.length == 0) {
            throw ApiException.invalid(FieldProblem.of("file", "NotEmpty"));
        }
        String sha256 = sha256(body);
        if (!dryRun) {
            Optional<ImportBatch> earlier = entityManager.createQuery(
                            "from ImportBatch where programId = ?1 and sha256 = ?2", ImportBatch.class)
                    .setParameter(1, program.id).setParameter(2, sha256).getResultStream().findFirst();
            if (earlier.isPresent()) {
                return result(earlier.get(), true);
            }
        }
        long begin = System.nanoTime();
        Sheet sheet = SheetReader.read(body, xlsx, cell -> ImportColumn.ofHeader(cell).isPresent());
        long read = System.nanoTime();
        if (sheet.rows().size() > MAX_ROWS) {
            throw ApiException.tooLarge("import-too-many-rows", MAX_ROWS);
        }
        Map<String, ImportUnit> units = unitsInScope(sheet);
        long looked = System.nanoTime();
        ImportRows checker = new ImportRows(program.id, sheet.header(), code -> Optional.ofNullable(units.get(code)),
                windowStart(program), windowEnd(program));
        if (!checker.missingColumns().isEmpty()) {
            throw ApiException.invalid(checker.missingColumns());
        }
        if (sheet.rows().isEmpty()) {
            throw ApiException.invalid(FieldProblem.of("file", "NotEmpty"));
        }
        // Every row's natural key, for one lookup of those already stored (the rows are checked later, while stored).
        List<UUID> keys = new ArrayList<>(sheet.rows().size());
        for (SheetRow row : sheet.rows()) {
            UUID key = checker.keyOf(row);
            if (key != null) {
                keys.add(key);
            }
        }
        String name = fileName == null || fileName.isBlank() ? null : TextInput.composed(fileName.strip());
        if (dryRun) {
            return dryRun(program, mode, sheet, checker, imports.existingKeys(keys), sha256, name);
        }
        // The batch first: the rows refer to it, and the same file sent twice at once stops here (409).
        ImportBatch batch = new ImportBatch();
        batch.programId = program.id;
        batch.sha256 = sha256;
        batch.fileFormat = xlsx ? "XLSX" : "CSV";
        batch.fileName = name;
        batch.unitPath = commonPath(units.values());
        batch.mode = mode;
        batch.importedBy = scope.username().orElse("system");
        batch.importedAt = Timestamps.now();
        batch.rowCount = sheet.rows().size();
        batch.rejectedRows = List.of();
        batch.skippedRows = List.of();
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
                batch.importedAt.toInstant(), VietnamClock.today()), sheet.rows(), checker, units.values(), keys);
        batch.imported = loaded.imported();
        batch.rejectedRows = loaded.rejectedListed();
        batch.skipped = loaded.skippedCount();
        batch.skippedRows = loaded.skippedListed();
        tell(program, batch);
        return result(batch, false);
    }

    /** One event for the whole batch (never one per row: a file of 200.000 rows is one thing that happened). */
    private void tell(Program program, ImportBatch batch) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("batchId", batch.id);
        data.put("programCode", program.code);
        data.put("unitPath", batch.unitPath);
        data.put("fileName", batch.fileName);
        data.put("rowCount", batch.rowCount);
        data.put("imported", batch.imported);
        data.put("skipped", batch.skipped);
        data.put("rejected", batch.rowCount - batch.imported - batch.skipped);
        outbox.record(EventKind.IMPORT_COMMITTED, Unit.lastIdOf(batch.unitPath), null, batch.importedBy, data);
    }

    /** Every row checked as the load would, against the keys stored now; nothing written. */
    private static ImportResult dryRun(Program program, ImportMode mode, Sheet sheet, ImportRows checker, Set<UUID> existing,
                                       String sha256, String fileName) {
        List<RejectedRow> rejectedListed = new ArrayList<>();
        List<Integer> skippedListed = new ArrayList<>();
        List<PreviewRow> preview = new ArrayList<>();
        Set<UUID> taken = new HashSet<>();
        int rejected = 0;
        int skipped = 0;
        int imported = 0;
        for (SheetRow sheetRow : sheet.rows()) {
            Object checked = checker.check(sheetRow);
            if (!(checked instanceof ImportedRow row)) {
                rejected++;
                if (rejectedListed.size() < MAX_LISTED) {
                    rejectedListed.add((RejectedRow) checked);
                }
            } else if (existing.contains(row.key()) || !taken.add(row.key())) {
                skipped++;
                if (skippedListed.size() < MAX_LISTED) {
                    skippedListed.add(row.rowNumber());
                }
            } else {
                imported++;
                if (preview.size() < PREVIEW_ROWS) {
                    preview.add(new PreviewRow(row.rowNumber(), row.unit().code(), row.title(), row.status(), row.firstAppliedOn(),
                            row.authors().stream().map(ImportRows.Author::fullName).toList()));
                }
            }
        }
        LOG.debugf("import dry run of programme %s: %d rows, %d would be imported", program.code, sheet.rows().size(), imported);
        // All or nothing imports nothing while a row is wrong: what the dry run says too.
        int wouldImport = mode == ImportMode.ALL_OR_NOTHING && rejected > 0 ? 0 : imported;
        return new ImportResult(null, true, sha256, fileName, mode, sheet.rows().size(), wouldImport, rejected, skipped,
                rejectedListed, skippedListed, wouldImport == 0 ? List.of() : preview, false, null, null);
    }

    private static ImportResult result(ImportBatch batch, boolean replayed) {
        return new ImportResult(batch.id, false, batch.sha256, batch.fileName, batch.mode, batch.rowCount, batch.imported,
                batch.rowCount - batch.imported - batch.skipped, batch.skipped, batch.rejectedRows,
                batch.skippedRows == null ? List.of() : batch.skippedRows, List.of(), replayed, batch.importedAt, batch.importedBy);
    }

    /** The past imports the caller may see, newest first. */
    public PageResult<ImportBatchSummary> batches(PageRequest page) {
        ImportBatchRepository.Found<ImportBatchSummary> found = batches.batches(scope.pathPrefix(), null, page.page(), page.size());
        return PageResult.of(found.items(), page, found.total(), b -> b);
    }

    /** One past import with its rejected and skipped rows; 404 outside the caller's subtree. */
    public ImportBatchDetail batch(long id) {
        ImportBatchSummary summary = requireBatch(id);
        ImportBatch batch = entityManager.find(ImportBatch.class, id);
        return new ImportBatchDetail(summary, batch.rejectedRows, batch.skippedRows == null ? List.of() : batch.skippedRows);
    }

    /** The dossiers one past import created, in file order; 404 for a batch outside the caller's subtree. */
    public PageResult<ImportedInitiative> batchInitiatives(long id, PageRequest page) {
        requireBatch(id);
        ImportBatchRepository.Found<ImportedInitiative> found = batches.initiatives(scope.pathPrefix(), id, page.page(), page.size());
        return PageResult.of(found.items(), page, found.total(), i -> i);
    }

    private ImportBatchSummary requireBatch(long id) {
        List<ImportBatchSummary> found = batches.batches(scope.pathPrefix(), id, 0, 1).items();
        if (found.isEmpty()) {
            throw ApiException.notFound("importBatch", id);
        }
        return found.get(0);
    }

    /** The path of the lowest unit over all these ('/' for none): the batch belongs there. */
    static String commonPath(Collection<ImportUnit> units) {
        String common = null;
        for (ImportUnit unit : units) {
            if (common == null) {
                common = unit.path();
            } else {
                int end = 0;
                for (int i = 0; i < Math.min(common.length(), unit.path().length()) && common.charAt(i) == unit.path().charAt(i); i++) {
                    if (common.charAt(i) == '/') {
                        end = i + 1;
                    }
                }
                common = common.substring(0, end);
            }
        }
        return common == null || common.isEmpty() ? "/" : common;
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
