package vn.congdoan.sangkien.progress;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.congdoan.sangkien.common.spreadsheet.Downloads;
import vn.congdoan.sangkien.common.spreadsheet.ReportFormat;
import vn.congdoan.sangkien.common.spreadsheet.ReportTable;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressReport;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressRow;
import vn.congdoan.sangkien.common.text.VietnameseFormats;

import java.util.Arrays;
import java.util.List;

import static vn.congdoan.sangkien.common.spreadsheet.ReportTable.column;

/** A progress report in the format asked for: JSON, or a CSV/XLSX table with Vietnamese headings. */
@ApplicationScoped
public class ProgressDownloads {


    private static final List<ReportTable.Column> COLUMNS = List.of(
            column("unitCode", "Mã đơn vị"), column("unitName", "Tên đơn vị"), column("parentCode", "Đơn vị cấp trên"),
            column("level", "Cấp"), column("target", "Chỉ tiêu"), column("submitted", "Đã nộp"),
            column("underReview", "Đang xét"), column("returned", "Trả lại"), column("recognised", "Đã công nhận"),
            column("refused", "Không công nhận"), column("valid", "Hợp lệ"), column("pipeline", "Đang trong quy trình"),
            column("percent", "% chỉ tiêu"), column("remaining", "Còn thiếu"), column("reached", "Đạt chỉ tiêu"),
            column("exceeded", "Vượt chỉ tiêu"), column("estimatedValueVnd", "Giá trị làm lợi (đồng)"));

    private final ProgressService progress;

    public ProgressDownloads(ProgressService progress) {
        this.progress = progress;
    }

    public Response respond(String programCode, ProgressParams params, HttpHeaders headers) {
        ProgressReport report = progress.report(params.query(programCode));
        ReportFormat format = ReportFormat.choose(params.format, headers);
        if (format == ReportFormat.JSON) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        String name = "tien-do-%s-%s-%s-%s".formatted(report.programCode(), report.period().code(), report.rootCode(), report.asOf());
        return Downloads.file(table(report), format, name).build();
    }

    static ReportTable table(ProgressReport report) {
        List<List<Object>> rows = report.rows().stream().map(ProgressDownloads::cells).toList();
        String title = "Tiến độ thực hiện chỉ tiêu " + report.programCode() + " – " + report.period().name()
                + " – tính đến ngày " + VietnameseFormats.DATE.format(report.asOf());
        return new ReportTable(title, COLUMNS, rows);
    }

    private static List<Object> cells(ProgressRow r) {
        return Arrays.asList(r.unitCode(), r.unitName(), r.parentCode(), r.level(), r.target(), r.submitted(),
                r.underReview(), r.returned(), r.recognised(), r.refused(), r.valid(), r.pipeline(), r.percent(),
                r.remaining(), r.reached(), r.exceeded(), r.estimatedValueVnd());
    }
}
