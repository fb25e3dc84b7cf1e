package vn.congdoan.sangkien.initiative.importing;

import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.common.spreadsheet.ImportMode;
import vn.congdoan.sangkien.initiative.InitiativeStatus;
import vn.congdoan.sangkien.initiative.importing.ImportDtos.ImportBatchSummary;
import vn.congdoan.sangkien.initiative.importing.ImportDtos.ImportedInitiative;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** The past imports and the dossiers each created, within a subtree. SQL in {@code ImportBatchRepository/*.sql}. */
@ApplicationScoped
public class ImportBatchRepository {

    private static final String BATCHES = SqlFiles.of(ImportBatchRepository.class, "batches");
    private static final String INITIATIVES = SqlFiles.of(ImportBatchRepository.class, "initiatives");
    private static final RowMapper<BatchRow> BATCH = RecordRows.of(BatchRow.class);
    private static final RowMapper<InitiativeRow> INITIATIVE = RecordRows.of(InitiativeRow.class);

    record BatchRow(long id, String programCode, String fileName, String fileFormat, ImportMode mode, String importedBy,
                    OffsetDateTime importedAt, int rows, int imported, int rejected, int skipped, long total) {
    }

    record InitiativeRow(long id, String receiptNumber, String title, String unitCode, String unitName,
                         InitiativeStatus status, LocalDate firstAppliedOn, long total) {
    }

    /** One page of something and how many there are in all. */
    public record Found<T>(List<T> items, long total) {
    }

    private final Jdbi jdbi;

    public ImportBatchRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** @param batchId one batch only, or null for all in the subtree */
    public Found<ImportBatchSummary> batches(String rootPath, Long batchId, int page, int size) {
        List<BatchRow> rows = jdbi.withHandle(h -> h.createQuery(BATCHES).bind("rootPath", rootPath).bind("batch", batchId)
                .bind("limit", size).bind("offset", (long) page * size).map(BATCH).list());
        return new Found<>(rows.stream().map(r -> new ImportBatchSummary(r.id(), r.programCode(), r.fileName(), r.fileFormat(),
                r.mode(), r.importedBy(), r.importedAt(), r.rows(), r.imported(), r.rejected(), r.skipped())).toList(),
                rows.isEmpty() ? 0 : rows.get(0).total());
    }

    public Found<ImportedInitiative> initiatives(String rootPath, long batchId, int page, int size) {
        List<InitiativeRow> rows = jdbi.withHandle(h -> h.createQuery(INITIATIVES).bind("rootPath", rootPath).bind("batch", batchId)
                .bind("limit", size).bind("offset", (long) page * size).map(INITIATIVE).list());
        return new Found<>(rows.stream().map(r -> new ImportedInitiative(r.id(), r.receiptNumber(), r.title(), r.unitCode(),
                r.unitName(), r.status(), r.firstAppliedOn())).toList(), rows.isEmpty() ? 0 : rows.get(0).total());
    }
}
