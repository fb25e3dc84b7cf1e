package vn.congdoan.sangkien.reward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.congdoan.sangkien.common.spreadsheet.Downloads;
import vn.congdoan.sangkien.common.spreadsheet.ReportFormat;
import vn.congdoan.sangkien.common.spreadsheet.ReportTable;
import vn.congdoan.sangkien.reward.RewardDtos.RewardList;
import vn.congdoan.sangkien.reward.RewardDtos.RewardView;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static vn.congdoan.sangkien.common.spreadsheet.ReportTable.column;

/**
 * The rewards in the format asked for: JSON, or the list a level sends up with its proposals (and, of decided ones,
 * the annex of a decision) as CSV/XLSX with Vietnamese headings, numbered as on paper.
 */
@ApplicationScoped
public class RewardDownloads {

    private static final List<ReportTable.Column> COLUMNS = List.of(
            column("no", "STT"), column("recipient", "Được khen"), column("recipientUnitCode", "Mã đơn vị"),
            column("recipientUnitName", "Đơn vị"), column("form", "Hình thức khen"), column("kind", "Loại"),
            column("periodCode", "Giai đoạn"), column("reason", "Thành tích"), column("target", "Chỉ tiêu"),
            column("valid", "Hợp lệ"), column("percent", "% chỉ tiêu"), column("proposingUnitCode", "Đơn vị đề nghị"),
            column("decidingUnitName", "Cấp quyết định"), column("status", "Trạng thái"), column("decisionNumber", "Số quyết định"),
            column("decisionDate", "Ngày quyết định"), column("rejectionReason", "Lý do không khen"));
    private static final Map<Reward.Status, String> STATUS = Map.of(Reward.Status.PROPOSED, "Chờ quyết định",
            Reward.Status.DECIDED, "Đã quyết định", Reward.Status.REJECTED, "Không khen");
    private static final Map<Reward.Kind, String> KIND = Map.of(Reward.Kind.PERIOD, "Theo giai đoạn", Reward.Kind.SUDDEN, "Đột xuất");

    private final RewardService rewards;

    public RewardDownloads(RewardService rewards) {
        this.rewards = rewards;
    }

    public Response respond(String programCode, Reward.Status status, String periodCode, String format, HttpHeaders headers) {
        RewardList list = rewards.list(programCode, status, periodCode);
        ReportFormat chosen = ReportFormat.choose(format, headers);
        if (chosen == ReportFormat.JSON) {
            return Response.ok(list, MediaType.APPLICATION_JSON).build();
        }
        String name = "khen-thuong-%s%s%s".formatted(list.programCode(), periodCode == null ? "" : "-" + periodCode,
                status == null ? "" : "-" + status.name().toLowerCase(Locale.ROOT));
        return Downloads.file(table(list, status, periodCode), chosen, name).build();
    }

    static ReportTable table(RewardList list, Reward.Status status, String periodCode) {
        String what = status == Reward.Status.DECIDED ? "Phụ lục: danh sách được khen thưởng" : "Danh sách đề nghị khen thưởng";
        String title = what + " – " + list.programCode() + (periodCode == null ? "" : " – giai đoạn " + periodCode);
        List<List<Object>> rows = new ArrayList<>();
        int no = 0;
        for (RewardView r : list.items()) {
            rows.add(cells(++no, r));
        }
        return new ReportTable(title, COLUMNS, rows);
    }

    private static List<Object> cells(int no, RewardView r) {
        String recipient = r.memberName() != null ? r.memberName()
                : r.initiativeTitle() != null ? "Tác giả sáng kiến: " + r.initiativeTitle() : r.recipientUnitName();
        RewardFigures figures = r.figures();
        return Arrays.asList(no, recipient, r.recipientUnitCode(), r.recipientUnitName(), r.formTitle(), KIND.get(r.kind()),
                r.periodCode(), r.reason(), figures == null ? null : figures.target(), figures == null ? null : figures.valid(),
                figures == null ? null : figures.percent(), r.proposingUnitCode(), r.decidingUnitName(), STATUS.get(r.status()),
                r.decisionNumber(), r.decisionDate(), r.rejectionReason());
    }
}
