package vn.congdoan.sangkien.initiative.importing;

import vn.congdoan.sangkien.common.spreadsheet.ImportMode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.common.spreadsheet.RejectedRow;

import java.time.OffsetDateTime;
import java.util.List;

public final class ImportDtos {

    private ImportDtos() {
    }

    @Schema(name = "ImportResult", description = "Kết quả nhập tệp / the result of an import")
    public record ImportResult(
            @Schema(examples = "51") long batchId,
            @Schema(description = "SHA-256 của tệp; gửi lại đúng tệp này không nhập thêm gì / the file's SHA-256; sending the same file again imports nothing",
                    examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08") String sha256,
            @Schema(examples = "VALID_ROWS") ImportMode mode,
            @Schema(description = "Số dòng dữ liệu (không kể dòng tiêu đề) / data rows, the header not counted", examples = "120") int rows,
            @Schema(examples = "118") int imported,
            @Schema(examples = "2") int rejected,
            @Schema(description = "Dòng bị từ chối, số dòng như trong tệp (tiêu đề là dòng 1), tối đa 1.000 / rejected rows by their number in the file (the header is row 1), at most 1,000 listed")
            List<RejectedRow> rejectedRows,
            @Schema(description = "Tệp này đã được nhập trước đó; đây là kết quả lần đó / this file was imported before; this is that result", examples = "false") boolean replayed,
            OffsetDateTime importedAt,
            @Schema(examples = "cb.phongtho") String importedBy) {

    }
}
