package vn.congdoan.sangkien.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.program.ProgramDtos.PeriodView;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

public final class ProgressDtos {

    private ProgressDtos() {
    }

    @Schema(name = "ProgressReport", description = "Tiến độ thực hiện chỉ tiêu, cộng dồn theo cây đơn vị / progress toward targets, rolled up the unit tree")
    public record ProgressReport(
            @Schema(examples = "1TRIEU-SK") String programCode,
            PeriodView period,
            @Schema(examples = "LCH") String rootCode,
            @Schema(description = "Số liệu tính đến hết ngày này / the numbers stand at the end of this day", examples = "2022-05-31") LocalDate asOf,
            @Schema(description = "Cây đơn vị như ở ngày này (ngày cuối giai đoạn, hoặc asOf nếu sớm hơn) / the unit tree as it stood on this day", examples = "2022-05-31") LocalDate treeDate,
            @Schema(description = "Gốc trước, rồi từng cấp theo tên / the root first, then level by level in name order") List<ProgressRow> rows) {
    }

    @Schema(name = "ProgressRow", description = "Một đơn vị: chỉ tiêu và số sáng kiến của cả cây con theo trạng thái / one unit: target and its subtree's initiatives by status")
    public record ProgressRow(
            @Schema(examples = "LCH-PT") String unitCode,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String unitName,
            @Schema(examples = "DISTRICT_FEDERATION") String unitType,
            @Schema(examples = "LCH") String parentCode,
            @Schema(description = "Cấp so với gốc, gốc là 0 / level below the root", examples = "1") int level,
            @Schema(description = "Chỉ tiêu, trống nếu chưa giao / target, absent when none was set", examples = "135") Integer target,
            @Schema(examples = "12") long submitted,
            @Schema(examples = "30") long underReview,
            @Schema(examples = "2") long returned,
            @Schema(examples = "40") long recognised,
            @Schema(examples = "1") long refused,
            @Schema(description = "Hợp lệ, được tính / valid, counted", examples = "88") long valid,
            @Schema(description = "Đang trong quy trình: đã nộp, đang xét, trả lại, đã công nhận / in the pipeline", examples = "84") long pipeline,
            @Schema(description = "% chỉ tiêu đạt được / percent of target reached", examples = "65.2") BigDecimal percent,
            @Schema(description = "Số còn thiếu / still to reach", examples = "47") Integer remaining,
            @Schema(description = "Đã đạt hoặc vượt chỉ tiêu / reached or exceeded", examples = "false") boolean reached,
            @Schema(description = "Vượt chỉ tiêu / exceeded the target", examples = "false") boolean exceeded,
            @Schema(description = "Giá trị làm lợi ước tính của các sáng kiến hợp lệ (đồng) / estimated value of the valid initiatives (VND)", examples = "150000000") BigDecimal estimatedValueVnd) {
    }
}
