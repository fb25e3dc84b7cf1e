package vn.congdoan.sangkien.initiative.importing;

import vn.congdoan.sangkien.common.spreadsheet.ImportMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.common.spreadsheet.RejectedRow;
import vn.congdoan.sangkien.initiative.InitiativeStatus;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

public final class ImportDtos {

    private ImportDtos() {
    }

    @Schema(name = "ImportResult", description = "Kết quả nhập tệp (hoặc chạy thử) / the result of an import (or of its dry run)")
    public record ImportResult(
            @Schema(description = "Lô nhập; không có khi chạy thử / the batch; absent on a dry run", examples = "51") Long batchId,
            @Schema(description = "Chạy thử: đã kiểm tra, không lưu gì / a dry run: checked, nothing saved", examples = "false") boolean dryRun,
            @Schema(description = "SHA-256 của tệp; gửi lại đúng tệp này không nhập thêm gì / the file's SHA-256; sending the same file again imports nothing",
                    examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
            @Schema(examples = "danh-sach-phong-tho.xlsx") String fileName,
            @Schema(examples = "VALID_ROWS") ImportMode mode,
            @Schema(description = "Số dòng dữ liệu (không kể dòng tiêu đề) / data rows, the header not counted", examples = "120") int rows,
            @Schema(description = "Dòng (sẽ) được nhập / rows imported (or to be)", examples = "115") int imported,
            @Schema(examples = "2") int rejected,
            @Schema(description = "Dòng bỏ qua vì đã có (cùng khóa tự nhiên, từ lần nhập trước hoặc ở dòng trên) / rows skipped as "
                    + "already there (same natural key, from an earlier import or a row above)", examples = "3") int skipped,
            @Schema(description = "Dòng bị từ chối, số dòng như trong tệp (tiêu đề là dòng 1), tối đa 1.000 / rejected rows by their number in the file (the header is row 1), at most 1,000 listed")
            List<RejectedRow> rejectedRows,
            @Schema(description = "Số các dòng bỏ qua vì trùng, tối đa 1.000 / numbers of the rows skipped as duplicates, at most 1,000 listed",
                    examples = "[4, 9]") List<Integer> skippedRows,
            @Schema(description = "Chạy thử: 20 dòng đầu sẽ được nhập / a dry run: the first 20 rows that would be imported")
            List<PreviewRow> preview,
            @Schema(description = "Tệp này đã được nhập trước đó; đây là kết quả lần đó / this file was imported before; this is that result", examples = "false") boolean replayed,
            OffsetDateTime importedAt,
            @Schema(examples = "cb.phongtho") String importedBy) {
    }

    @Schema(name = "ImportPreviewRow", description = "Một dòng sẽ được nhập / a row that would be imported")
    public record PreviewRow(
            @Schema(examples = "2") int row,
            @Schema(examples = "LCH-PT") String unitCode,
            @Schema(examples = "Sổ tay điện tử cho tổ công đoàn") String title,
            InitiativeStatus status,
            LocalDate firstAppliedOn,
            @Schema(examples = "[\"Nguyễn Văn A\", \"Trần Thị B\"]") List<String> authors) {
    }

    @Schema(name = "ImportBatchSummary", description = "Một lần nhập tệp / one file imported")
    public record ImportBatchSummary(
            @Schema(examples = "51") long id,
            @Schema(examples = "1TRIEU-SK") String programCode,
            @Schema(description = "Tên tệp như người nhập gửi, nếu có / the file's name as sent, if given", examples = "danh-sach-phong-tho.xlsx") String fileName,
            @Schema(examples = "XLSX") String fileFormat,
            @Schema(examples = "VALID_ROWS") ImportMode mode,
            @Schema(examples = "cb.phongtho") String importedBy,
            OffsetDateTime importedAt,
            @Schema(examples = "120") int rows,
            @Schema(examples = "115") int imported,
            @Schema(examples = "2") int rejected,
            @Schema(examples = "3") int skipped) {
    }

    @Schema(name = "ImportBatchDetail", description = "Một lần nhập với các dòng bị từ chối và bỏ qua / one import with its rejected and skipped rows")
    public record ImportBatchDetail(
            ImportBatchSummary batch,
            List<RejectedRow> rejectedRows,
            @Schema(description = "Số các dòng bỏ qua vì trùng, tối đa 1.000 / numbers of the rows skipped as duplicates, at most 1,000 listed",
                    examples = "[4, 9]") List<Integer> skippedRows) {
    }

    @Schema(name = "ImportedInitiative", description = "Một hồ sơ do lần nhập tạo ra / a dossier an import created")
    public record ImportedInitiative(
            @Schema(examples = "1042") long id,
            @Schema(examples = "SK-LCH-PT-2026-0007") String receiptNumber,
            @Schema(examples = "Sổ tay điện tử cho tổ công đoàn") String title,
            @Schema(examples = "LCH-PT") String unitCode,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String unitName,
            InitiativeStatus status,
            LocalDate firstAppliedOn) {
    }
}
