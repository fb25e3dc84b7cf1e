package vn.congdoan.sangkien.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.paging.Cursor;
import vn.congdoan.sangkien.common.spreadsheet.CsvReports;
import vn.congdoan.sangkien.common.spreadsheet.ReportTable;
import vn.congdoan.sangkien.common.sync.ChangePage;
import vn.congdoan.sangkien.common.sync.ChangeToken;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.progress.ReportScopes.ReportScope;
import vn.congdoan.sangkien.progress.ReportScopes;
import vn.congdoan.sangkien.report.RegisterDtos.RegisterChange;
import vn.congdoan.sangkien.report.RegisterDtos.RegisterChanges;
import vn.congdoan.sangkien.report.RegisterDtos.RegisterEntry;
import vn.congdoan.sangkien.report.RegisterDtos.RegisterPage;
import vn.congdoan.sangkien.unit.Unit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
            column("authorCount", "Số tác giả"), column("id", "Mã định danh"), column("updatedAt", "Sửa lần cuối"));

    public static final String NDJSON_TYPE = "application/x-ndjson";
    public static final String SYNC_TOKEN_HEADER = "Sangkien-Sync-Token";

    /** The export's CSV columns: RegisterChange's fields, in order. */
    private static final List<String> EXPORT_COLUMNS = Arrays.stream(RegisterChange.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName).toList();

    private final ReportScopes scopes;
    private final RegisterRepository register;

    private final ObjectMapper json;

    public ReportService(ReportScopes scopes, RegisterRepository register, ObjectMapper json) {
        this.scopes = scopes;
        this.register = register;
        this.json = json;
    }

    /** The query of a register page; null fields take their defaults (whole programme, top unit, VALID). */
    public record RegisterQuery(String programCode, String periodCode, String rootCode, List<String> statuses,
                                int page, int size, String cursor) {
    }

    /** What a register cursor is tied to: the register's one order, by id. */
    private static final String REGISTER_ORDER = "id";

    @Transactional
    public RegisterPage register(RegisterQuery query) {
        ReportScope scope = scopes.resolve(query.programCode(), query.periodCode(), query.rootCode());
        Program program = scope.program();
        Period period = scope.period();
        Unit root = scope.root();
        List<String> statuses = query.statuses() == null || query.statuses().isEmpty() ? List.of("VALID") : query.statuses();
        Cursor after = Cursor.parse(query.cursor(), REGISTER_ORDER, "cursor");
        long total = register.count(program.id, period, root.path, statuses);
        long offset = after == null ? (long) query.page() * query.size() : 0;
        List<RegisterEntry> rows = register.page(program.id, period, root.path, statuses, offset, after == null ? 0 : after.id(), query.size() + 1);
        boolean more = rows.size() > query.size();
        List<RegisterEntry> items = more ? rows.subList(0, query.size()) : rows;
        String next = more ? new Cursor(REGISTER_ORDER, null, items.get(items.size() - 1).id()).text() : null;
        int pages = (int) ((total + query.size() - 1) / query.size());
        return new RegisterPage(program.code, period.code, root.code, items, query.page(), query.size(), total, pages, next);
    }

    /**
     * One page of the register's change feed for a mirror of the programme's dossiers in the subtree (every status,
     * every period): the scope is resolved as the register's (404 outside the caller's units).
     */
    @Transactional
    public RegisterChanges registerChanges(String programCode, String rootCode, String since, int size) {
        ChangeToken token = ChangeToken.parse(since, "since");
        ReportScope scope = scopes.resolve(programCode, null, rootCode);
        ChangePage<RegisterChange> page = register.changes(scope.program().id, scope.root().path, token, size);
        return new RegisterChanges(page.items(), page.removed(), page.next(), page.more());
    }

    /** What an export of the register will read, decided (and its scope checked) before the first byte goes out. */
    public record RegisterExport(long programId, String rootPath, long fromXid, String fileName, String next) {
    }

    @Transactional
    public RegisterExport planExport(String programCode, String rootCode, String since) {
        ChangeToken token = ChangeToken.parse(since, "since");
        ReportScope scope = scopes.resolve(programCode, null, rootCode);
        String name = "so-dang-ky-%s-%s%s".formatted(scope.program().code, scope.root().code, token.from() > 0 ? "-thay-doi" : "");
        return new RegisterExport(scope.program().id, scope.root().path, token.from(), name, register.tokenBeforeExport());
    }

    /** Writes the export as CSV (rows only) or NDJSON (a row a line, then a {"removed": …} line per deletion). */
    public void writeExport(RegisterExport export, boolean ndjson, OutputStream out) {
        if (ndjson) {
            ObjectWriter writer = json.writer();
            register.export(export.programId(), export.rootPath(), export.fromXid(),
                    row -> line(writer, out, row), removal -> line(writer, out, Map.of("removed", removal)));
            return;
        }
        try (CsvReports.Rows csv = new CsvReports.Rows(out, EXPORT_COLUMNS)) {
            register.export(export.programId(), export.rootPath(), export.fromXid(), e -> csv.add(Arrays.asList(e.id(),
                    e.receiptNumber(), e.title(), e.unitCode(), e.field(), e.solutionType(), e.status(), e.impactLevel(), e.grade(),
                    e.firstAppliedOn(), e.submittedOn(), e.recognitionBody(), e.decisionNumber(), e.decisionDate(),
                    e.estimatedValueVnd(), e.authorCount(), e.updatedAt())), removal -> { });
        }
    }

    private static void line(ObjectWriter writer, OutputStream out, Object value) {
        try {
            out.write(writer.writeValueAsBytes(value));
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ReportTable registerTable(RegisterPage page) {
        List<List<Object>> rows = new ArrayList<>(page.items().size());
        for (RegisterEntry e : page.items()) {
            rows.add(Arrays.asList(e.receiptNumber(), e.title(), e.unitCode(), e.unitName(), e.field(), e.solutionType(),
                    e.status(), e.impactLevel(), e.grade(), e.firstAppliedOn(), e.submittedOn(), e.recognitionBody(),
                    e.decisionNumber(), e.decisionDate(), e.estimatedValueVnd(), e.authorCount(), e.id(), e.updatedAt()));
        }
        String title = "Sổ đăng ký sáng kiến " + page.programCode() + " – " + page.periodCode() + " – " + page.rootCode();
        return new ReportTable(title, REGISTER_COLUMNS, rows);
    }
}
