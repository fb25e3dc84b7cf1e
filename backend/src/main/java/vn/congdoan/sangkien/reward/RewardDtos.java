package vn.congdoan.sangkien.reward;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

public final class RewardDtos {

    private RewardDtos() {
    }

    @Schema(name = "RewardProposal", description = "Đề nghị khen thưởng lên cấp trên / a reward proposed to the level above")
    public record RewardProposal(
            @NotNull @Schema(description = "PERIOD: theo giai đoạn (periodCode bắt buộc); SUDDEN: đột xuất / per period (periodCode required) or sudden",
                    examples = "PERIOD") Reward.Kind kind,
            @Size(max = 40) @Schema(examples = "GD1") String periodCode,
            @NotNull @Schema(examples = "UNIT") Reward.RecipientType recipientType,
            @Size(max = 40) @Schema(description = "UNIT: đơn vị được khen; MEMBER: đơn vị của đoàn viên / UNIT: the unit rewarded; MEMBER: the member's unit",
                    examples = "LCH-PT") String recipientUnitCode,
            @Size(max = 255) @Schema(description = "MEMBER: họ tên đoàn viên / the member's full name", examples = "Nguyễn Thị Hoa") String memberName,
            @Schema(description = "INITIATIVE: khen các tác giả của sáng kiến / the authors of this initiative", examples = "1234") Long initiativeId,
            @NotNull @Schema(examples = "PROVINCIAL_CERTIFICATE") RewardForm form,
            @NotBlank @Size(max = 2000) @Schema(examples = "Vượt chỉ tiêu giai đoạn 1 (120 %)") String reason,
            @Size(max = 40) @Schema(description = "Đơn vị đề nghị; mặc định đơn vị của người đề nghị / the proposing unit; default the caller's",
                    examples = "LCH-PT") String proposingUnitCode) {
    }

    @Schema(name = "RewardDecision", description = "Quyết định khen thưởng / the reward's decision")
    public record RewardDecision(
            @NotNull @Schema(examples = "0") Long version,
            @NotBlank @Size(max = 60) @Schema(examples = "125/QĐ-LĐLĐ") String decisionNumber,
            @NotNull @PastOrPresent @Schema(examples = "2022-06-15") LocalDate decisionDate) {
    }

    @Schema(name = "RewardRejection", description = "Không khen thưởng, kèm lý do / the reward refused, with the reason")
    public record RewardRejection(
            @NotNull @Schema(examples = "0") Long version,
            @NotBlank @Size(max = 2000) @Schema(examples = "Chưa đủ thành tích") String reason) {
    }

    @Schema(name = "RewardView", description = "Một đề nghị hoặc quyết định khen thưởng / a reward proposed or decided")
    public record RewardView(
            @Schema(examples = "51") long id,
            @Schema(examples = "1TRIEU-SK") String programCode,
            Reward.Kind kind,
            @Schema(examples = "GD1") String periodCode,
            Reward.RecipientType recipientType,
            @Schema(examples = "LCH-PT") String recipientUnitCode,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String recipientUnitName,
            @Schema(examples = "Nguyễn Thị Hoa") String memberName,
            @Schema(examples = "1234") Long initiativeId,
            @Schema(examples = "Sáng kiến lọc nước sạch cho điểm trường") String initiativeTitle,
            RewardForm form,
            @Schema(examples = "Bằng khen của Liên đoàn Lao động tỉnh") String formTitle,
            @Schema(examples = "LCH-PT") String proposingUnitCode,
            @Schema(examples = "LCH") String decidingUnitCode,
            @Schema(examples = "LĐLĐ tỉnh Lai Châu") String decidingUnitName,
            @Schema(examples = "Vượt chỉ tiêu giai đoạn 1 (120 %)") String reason,
            @Schema(description = "Số liệu khi đề nghị (khen đơn vị theo giai đoạn) / figures when proposed (a unit, for a period)") RewardFigures figures,
            Reward.Status status,
            @Schema(examples = "cb.phongtho") String proposedBy,
            OffsetDateTime proposedAt,
            @Schema(examples = "125/QĐ-LĐLĐ") String decisionNumber,
            @Schema(examples = "2022-06-15") LocalDate decisionDate,
            @Schema(examples = "ldld.laichau") String decidedBy,
            OffsetDateTime decidedAt,
            @Schema(examples = "Chưa đủ thành tích") String rejectionReason,
            @Schema(examples = "0") long version,
            @Schema(description = "Người gọi quyết định hoặc từ chối được đề nghị này (còn chờ, thuộc cấp quyết định hoặc cấp trên) "
                    + "/ whether the caller may decide or refuse it (still proposed; the deciding level or above)", examples = "true")
            boolean canDecide) {
    }

    @Schema(name = "RewardList", description = "Các đề nghị và quyết định khen thưởng trong phạm vi / the rewards within reach")
    public record RewardList(@Schema(examples = "1TRIEU-SK") String programCode, List<RewardView> items) {
    }
}
