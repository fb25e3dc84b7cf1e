package vn.congdoan.sangkien.unit.importing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.common.spreadsheet.ImportMode;
import vn.congdoan.sangkien.common.spreadsheet.RejectedRow;

import java.util.List;

@Schema(name = "UnitImportResult", description = "Kết quả nhập danh sách đơn vị / the result of a unit list import")
public record UnitImportResult(
        @Schema(description = "Chạy thử: kiểm tra, không lưu gì / a dry run: checked, nothing saved", examples = "true") boolean dryRun,
        @Schema(examples = "ALL_OR_NOTHING") ImportMode mode,
        @Schema(description = "Số dòng dữ liệu (không kể tiêu đề) / data rows, the header not counted", examples = "12") int rows,
        @Schema(description = "Đơn vị mới (sẽ) được tạo / units created (or to be created)", examples = "10") int created,
        @Schema(description = "Đã có, đúng như trong tệp: bỏ qua / already there exactly as in the file: skipped", examples = "1") int unchanged,
        @Schema(examples = "1") int rejected,
        @Schema(description = "Mã các đơn vị (sẽ) được tạo, theo thứ tự trong tệp / codes of the units created (or to be), in file order")
        List<String> createdCodes,
        List<RejectedRow> rejectedRows) {
}
