package vn.congdoan.sangkien.report;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.spreadsheet.ReportTable;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.progress.ReportScopes.ReportScope;
import vn.congdoan.sangkien.progress.ReportScopes;
import vn.congdoan.sangkien.report.RegisterDtos.RegisterEntry;
import vn.congdoan.sangkien.report.RegisterDtos.RegisterPage;
import vn.congdoan.sangkien.unit.Unit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static vn.congdoan.sangkien.common.spreadsheet.ReportTable.column;

/** The initiative register the national confederation pulls, as data and as a table for CSV/XLSX. */
@ApplicationScoped
public class ReportService {

    private static final List<ReportTable.Column> REGISTER_COLUMNS = List.of(
            column("receiptNumber", "Số tiếp nhận"), column("title", "Tên sáng kiến"), column("unitCode", "Mã đơn vị"),
            column("unitName", "Đơn vị"), column("field", "Lĩnh vực"), column("solutionType", "Loại giải pháp"),
            column("status", "Trạng thái"), column("impactLevel", "Phạm vi ảnh hưởng"), column("grade", "Xếp loại"),
            column("firstAppliedOn", "Ngày áp dụng lần đầu"), column("submittedOn", "Ngày nộp"),
            column("recognitionBody", "Cơ quan công nhận"), column("decisionNumber", "Số quyết định"),
            column("decisionDate", "Ngày quyết định"), column("estimatedValueVnd", "Giá trị làm lợi (đồng)"),
            column("authorCount", "Số tác giả"));

    private final ReportScopes scopes;
    private final RegisterRepository register;

    public ReportService(ReportScopes scopes, RegisterRepository register) {
        this.scopes = scopes;
        this.register = register;
    }

    /** The query of a register page; null fields take their defaults (whole programme, top unit, VALID). */
    public record RegisterQuery(String programCode, String periodCode, String rootCode, List<String> statuses,
                                int page, int size) {
    }

    @Transactional
    public RegisterPage register(RegisterQuery query) {
        ReportScope scope = scopes.resolve(query.programCode(), query.periodCode(), query.rootCode());
        Program program = scope.program();
        Period period = scope.period();
        Unit root = scope.root();
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
