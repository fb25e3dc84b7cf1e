package vn.congdoan.sangkien.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.program.ProgramService;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressReport;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressRow;
import vn.congdoan.sangkien.progress.ProgressService;
import vn.congdoan.sangkien.progress.ProgressService.ProgressQuery;
import vn.congdoan.sangkien.quota.QuotaRepository;
import vn.congdoan.sangkien.report.RegisterDtos.RegisterEntry;
import vn.congdoan.sangkien.report.RegisterDtos.RegisterPage;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitService;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static vn.congdoan.sangkien.report.ReportTable.column;

/** The reports the national confederation pulls, as data and as tables for CSV/XLSX. */
@ApplicationScoped
public class ReportService {

    private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private static final List<ReportTable.Column> PROGRESS_COLUMNS = List.of(
            column("unitCode", "Mã đơn vị"), column("unitName", "Tên đơn vị"), column("parentCode", "Đơn vị cấp trên"),
            column("level", "Cấp"), column("target", "Chỉ tiêu"), column("submitted", "Đã nộp"),
            column("underReview", "Đang xét"), column("returned", "Trả lại"), column("recognised", "Đã công nhận"),
            column("refused", "Không công nhận"), column("valid", "Hợp lệ"), column("pipeline", "Đang trong quy trình"),
            column("percent", "% chỉ tiêu"), column("remaining", "Còn thiếu"), column("reached", "Đạt chỉ tiêu"),
            column("exceeded", "Vượt chỉ tiêu"), column("estimatedValueVnd", "Giá trị làm lợi (đồng)"));

    private static final List<ReportTable.Column> REGISTER_COLUMNS = List.of(
            column("receiptNumber", "Số tiếp nhận"), column("title", "Tên sáng kiến"), column("unitCode", "Mã đơn vị"),
            column("unitName", "Đơn vị"), column("field", "Lĩnh vực"), column("solutionType", "Loại giải pháp"),
            column("status", "Trạng thái"), column("impactLevel", "Phạm vi ảnh hưởng"), column("grade", "Xếp loại"),
            column("firstAppliedOn", "Ngày áp dụng lần đầu"), column("submittedOn", "Ngày nộp"),
            column("recognitionBody", "Cơ quan công nhận"), column("decisionNumber", "Số quyết định"),
            column("decisionDate", "Ngày quyết định"), column("estimatedValueVnd", "Giá trị làm lợi (đồng)"),
            column("authorCount", "Số tác giả"));

    private final ProgressService progress;
    private final ProgramService programs;
    private final UnitService units;
    private final QuotaRepository quotas;
    private final RegisterRepository register;

    public ReportService(ProgressService progress, ProgramService programs, UnitService units, QuotaRepository quotas,
                         RegisterRepository register) {
        this.progress = progress;
        this.programs = programs;
        this.units = units;
        this.quotas = quotas;
        this.register = register;
    }

    @Transactional
    public ProgressReport progress(ProgressQuery query) {
        return progress.report(query);
    }

    public ReportTable progressTable(ProgressReport report) {
        List<List<Object>> rows = report.rows().stream().map(ReportService::progressCells).toList();
        String title = "Tiến độ thực hiện chỉ tiêu " + report.programCode() + " – " + report.period().name()
                + " – tính đến ngày " + VIETNAMESE_DATE.format(report.asOf());
        return new ReportTable(title, PROGRESS_COLUMNS, rows);
    }

    private static List<Object> progressCells(ProgressRow r) {
        return Arrays.asList(r.unitCode(), r.unitName(), r.parentCode(), r.level(), r.target(), r.submitted(),
                r.underReview(), r.returned(), r.recognised(), r.refused(), r.valid(), r.pipeline(), r.percent(),
                r.remaining(), r.reached(), r.exceeded(), r.estimatedValueVnd());
    }

    /** The query of a register page; null fields take their defaults (whole programme, top unit, VALID). */
    public record RegisterQuery(String programCode, String periodCode, String rootCode, List<String> statuses,
                                int page, int size) {
    }

    @Transactional
    public RegisterPage register(RegisterQuery query) {
        Program program = programs.require(query.programCode());
        Period period = progress.period(program, query.periodCode());
        Unit root = query.rootCode() != null ? units.require(query.rootCode())
                : units.defaultRoot(quotas.topUnit(program), "quota", program.code);
        List<String> statuses = query.statuses() == null || query.statuses().isEmpty() ? List.of("VALID") : query.statuses();
        long total = register.count(program.id, period, root.path, statuses);
        List<RegisterEntry> items = register.page(program.id, period, root.path, statuses, query.page(), query.size());
        int pages = (int) ((total + query.size() - 1) / query.size());
        return new RegisterPage(program.code, period.code, root.code, items, query.page(), query.size(), total, pages);
    }

    public ReportTable registerTable(RegisterPage page) {
        List<List<Object>> rows = new ArrayList<>(page.items().size());
        for (RegisterEntry e : page.items()) {
            rows.add(Arrays.asList(e.receiptNumber(), e.title(), e.unitCode(), e.unitName(), e.field(), e.solutionType(),
                    e.status(), e.impactLevel(), e.grade(), e.firstAppliedOn(), e.submittedOn(), e.recognitionBody(),
                    e.decisionNumber(), e.decisionDate(), e.estimatedValueVnd(), e.authorCount()));
        }
        String title = "Sổ đăng ký sáng kiến " + page.programCode() + " – " + page.periodCode() + " – " + page.rootCode();
        return new ReportTable(title, REGISTER_COLUMNS, rows);
    }
}
