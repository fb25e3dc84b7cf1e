package vn.congdoan.sangkien.review;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.congdoan.sangkien.common.spreadsheet.Downloads;
import vn.congdoan.sangkien.common.spreadsheet.ReportFormat;
import vn.congdoan.sangkien.common.spreadsheet.ReportTable;
import vn.congdoan.sangkien.common.text.VietnameseFormats;
import vn.congdoan.sangkien.initiative.ImpactLevel;
import vn.congdoan.sangkien.initiative.InitiativeField;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressRow;
import vn.congdoan.sangkien.progress.RankingDtos.BreakdownRow;
import vn.congdoan.sangkien.review.ReviewDtos.ReviewKind;
import vn.congdoan.sangkien.review.ReviewDtos.ReviewParticipation;
import vn.congdoan.sangkien.review.ReviewDtos.ReviewReport;
import vn.congdoan.sangkien.unit.UnitSector;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static vn.congdoan.sangkien.common.spreadsheet.ReportTable.column;

/** A review report as JSON, or as one XLSX workbook with a sheet per section and Vietnamese headings. */
@ApplicationScoped
public class ReviewDownloads {

    private static final List<ReportTable.Column> UNITS = List.of(
            column("unitCode", "Mã đơn vị"), column("unitName", "Tên đơn vị"), column("level", "Cấp"),
            column("target", "Chỉ tiêu"), column("valid", "Hợp lệ"), column("percent", "% chỉ tiêu"),
            column("remaining", "Còn thiếu"), column("pipeline", "Đang trong quy trình"), column("refused", "Không công nhận"),
            column("exceeded", "Vượt chỉ tiêu"), column("estimatedValueVnd", "Giá trị làm lợi (đồng)"));
    private static final List<ReportTable.Column> BREAKDOWN = List.of(
            column("group", "Nhóm"), column("key", "Mục"), column("filed", "Đã nộp"), column("valid", "Hợp lệ"),
            column("estimatedValueVnd", "Giá trị làm lợi (đồng)"));
    private static final List<ReportTable.Column> PARTICIPATION = List.of(
            column("grassrootsUnits", "Số CĐCS"), column("participatingUnits", "CĐCS có sáng kiến"),
            column("participationPercent", "% tham gia"), column("unitsWithValid", "CĐCS có sáng kiến hợp lệ"),
            column("withValidPercent", "% có sáng kiến hợp lệ"), column("authors", "Số tác giả"),
            column("memberAuthors", "Tác giả là đoàn viên"));
    private static final List<ReportTable.Column> REWARDS = List.of(
            column("decisionNumber", "Số quyết định"), column("decisionDate", "Ngày quyết định"),
            column("decidingUnitName", "Cấp quyết định"), column("formTitle", "Hình thức"),
            column("recipientUnitName", "Đơn vị"), column("memberName", "Cá nhân"), column("initiativeTitle", "Sáng kiến"));
    private static final List<ReportTable.Column> TYPICAL = List.of(
            column("receiptNumber", "Số tiếp nhận"), column("title", "Tên sáng kiến"), column("unitName", "Đơn vị"),
            column("field", "Lĩnh vực"), column("impactLevel", "Phạm vi ảnh hưởng"), column("grade", "Xếp loại"),
            column("estimatedValueVnd", "Giá trị làm lợi (đồng)"));

    /** The breakdowns' key of initiatives or units without the value (breakdown.sql). */
    private static final String NOT_RECORDED = "NONE";

    private final ReviewService reviews;

    public ReviewDownloads(ReviewService reviews) {
        this.reviews = reviews;
    }

    public Response respond(String programCode, String period, String root, LocalDate asOf, String format, HttpHeaders headers) {
        ReviewReport report = reviews.report(programCode, period, root, asOf);
        if (ReportFormat.choose(format, headers) != ReportFormat.XLSX) {
            return Response.ok(report, MediaType.APPLICATION_JSON).build();
        }
        String name = "%s-%s-%s-%s-%s".formatted(report.kind() == ReviewKind.FINAL ? "tong-ket" : "so-ket",
                report.programCode(), report.period().code(), report.rootCode(), report.asOf());
        return Downloads.workbook(sheets(report), name).build();
    }

    /** "Báo cáo sơ kết …" or "Báo cáo tổng kết …", as the printed page's title. */
    static String title(ReviewReport report) {
        return "Báo cáo " + (report.kind() == ReviewKind.FINAL ? "tổng kết" : "sơ kết") + " " + report.period().name()
                + " – " + report.rootName() + " – tính đến ngày " + VietnameseFormats.DATE.format(report.asOf());
    }

    static Map<String, ReportTable> sheets(ReviewReport report) {
        String title = title(report);
        Map<String, ReportTable> sheets = new LinkedHashMap<>();
        sheets.put("1. Chỉ tiêu và kết quả", new ReportTable(title + " – 1. Chỉ tiêu và kết quả", UNITS,
                report.units().stream().map(ReviewDownloads::unit).toList()));
        sheets.put("2. Vượt chỉ tiêu", new ReportTable(title + " – 2. Đơn vị vượt chỉ tiêu", UNITS,
                report.exceeders().stream().map(ReviewDownloads::unit).toList()));
        List<List<Object>> breakdown = new java.util.ArrayList<>();
        add(breakdown, "Lĩnh vực", report.byField(), key -> InitiativeField.valueOf(key).label());
        add(breakdown, "Khối", report.bySector(), key -> UnitSector.valueOf(key).label());
        add(breakdown, "Phạm vi ảnh hưởng", report.byImpactLevel(), key -> ImpactLevel.valueOf(key).label());
        sheets.put("3. Cơ cấu", new ReportTable(title + " – 3. Cơ cấu theo lĩnh vực, khối, phạm vi ảnh hưởng", BREAKDOWN, breakdown));
        ReviewParticipation p = report.participation();
        sheets.put("4. Tham gia", new ReportTable(title + " – 4. Sự tham gia của CĐCS", PARTICIPATION,
                List.of(Arrays.asList(p.grassrootsUnits(), p.participatingUnits(), p.participationPercent(),
                        p.unitsWithValid(), p.withValidPercent(), p.authors(), p.memberAuthors()))));
        sheets.put("5. Khen thưởng", new ReportTable(title + " – 5. Khen thưởng", REWARDS, report.rewards().stream()
                .map(r -> Arrays.<Object>asList(r.decisionNumber(), r.decisionDate(), r.decidingUnitName(), r.formTitle(),
                        r.recipientUnitName(), r.memberName(), r.initiativeTitle())).toList()));
        sheets.put("6. Sáng kiến tiêu biểu", new ReportTable(title + " – 6. Sáng kiến tiêu biểu", TYPICAL, report.typicalInitiatives().stream()
                .map(t -> Arrays.<Object>asList(t.receiptNumber(), t.title(), t.unitName(), InitiativeField.valueOf(t.field()).label(),
                        t.impactLevel() == null ? null : ImpactLevel.valueOf(t.impactLevel()).label(),
                        t.grade(), t.estimatedValueVnd())).toList()));
        return sheets;
    }

    private static List<Object> unit(ProgressRow r) {
        return Arrays.asList(r.unitCode(), r.unitName(), r.level(), r.target(), r.valid(), r.percent(), r.remaining(),
                r.pipeline(), r.refused(), r.exceeded(), r.estimatedValueVnd());
    }

    /** A breakdown's rows under their group, each named in Vietnamese ("NONE": not recorded). */
    private static void add(List<List<Object>> rows, String group, List<BreakdownRow> breakdown, Function<String, String> label) {
        for (BreakdownRow b : breakdown) {
            String name = NOT_RECORDED.equals(b.key()) ? "Chưa ghi" : label.apply(b.key());
            rows.add(Arrays.asList(group, name, b.filed(), b.valid(), b.estimatedValueVnd()));
        }
    }
}
