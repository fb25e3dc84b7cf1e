package vn.congdoan.sangkien.evaluation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.initiative.InitiativeStatus;
import vn.congdoan.sangkien.initiative.LifecycleDtos;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

public final class EvaluationDtos {

    private EvaluationDtos() {
    }

    @Schema(name = "Rubric", description = "Thang điểm / scoring rubric")
    public record RubricView(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") @Schema(examples = "TLD-2022") String code,
            @NotBlank @Size(max = 255) @Schema(examples = "Thang điểm 100: tính mới 40, khả năng áp dụng 30, hiệu quả 30") String name,
            @NotNull @DecimalMin("0") @Schema(description = "Tổng điểm tối thiểu để đạt / total needed to pass", examples = "50") BigDecimal passTotal,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull CriterionDto> criteria,
            @Size(max = 10) List<@Valid @NotNull GradeRuleDto> grades) {
    }

    @Schema(name = "Criterion")
    public record CriterionDto(
            @NotBlank @Size(max = 40) @Schema(examples = "novelty") String code,
            @NotBlank @Size(max = 255) @Schema(examples = "Tính mới") String name,
            @NotNull @DecimalMin("0.01") @Schema(examples = "40") BigDecimal maxPoints,
            @DecimalMin("0") @Schema(description = "Điểm tối thiểu để đạt / each criterion needs at least", examples = "10") BigDecimal minPoints) {
    }

    @Schema(name = "GradeRule", description = "Xếp loại khi tổng ≥ minTotal (và tiêu chí criterionCode ≥ minCriterion) / a grade's conditions")
    public record GradeRuleDto(
            @NotBlank @Size(max = 10) @Schema(examples = "A") String grade,
            @NotNull @DecimalMin("0") @Schema(examples = "85") BigDecimal minTotal,
            @Size(max = 40) @Schema(examples = "novelty") String criterionCode,
            @DecimalMin("0") @Schema(examples = "30") BigDecimal minCriterion) {
    }

    @Schema(name = "CouncilMemberDto", description = "Thành viên hội đồng sáng kiến / council member")
    public record CouncilMemberDto(
            @NotBlank @Size(max = 255) @Schema(examples = "giamkhao") String username,
            @NotBlank @Size(max = 255) @Schema(examples = "Phạm Thị Hoa") String fullName) {
    }

    @Schema(name = "Council", description = "Hội đồng sáng kiến của đơn vị / a unit's initiative council")
    public record CouncilView(
            @Schema(examples = "LCH") String unitCode,
            @Schema(examples = "LĐLĐ tỉnh Lai Châu") String unitName,
            @Schema(examples = "[{\"username\": \"giamkhao\", \"fullName\": \"Phạm Thị Hoa\"}]") List<CouncilMemberDto> members) {
    }

    @Schema(name = "CouncilWrite", description = "Thay toàn bộ thành viên hội đồng / replaces the council's members")
    public record CouncilWrite(
            @NotNull @Size(max = 100) @Schema(examples = "[{\"username\": \"giamkhao\", \"fullName\": \"Phạm Thị Hoa\"}]")
            List<@Valid @NotNull CouncilMemberDto> members) {
    }

    @Schema(name = "AssignmentRequest", description = "Giao hồ sơ cho hội đồng chấm: hồ sơ chuyển sang UNDER_REVIEW / assign evaluators: the dossier goes UNDER_REVIEW")
    public record AssignmentRequest(
            @NotNull @Schema(examples = "1") Long version,
            @NotBlank @Schema(examples = "TLD-2022") String rubricCode,
            @NotEmpty @Size(max = 15) List<@NotBlank String> evaluators,
            @PastOrPresent @Schema(description = "Ngày hội đồng thực sự nhận hồ sơ (UNDER_REVIEW). " + LifecycleDtos.OCCURRED_ON,
                    examples = "2022-05-02") LocalDate occurredOn) {
    }

    @Schema(name = "ScoreSheetWrite", description = "Phiếu chấm của giám khảo / an evaluator's score sheet")
    public record ScoreSheetWrite(
            @NotNull @Schema(examples = "0") Long version,
            @NotNull @Schema(examples = "{\"novelty\": 32, \"applicability\": 25, \"benefit\": 24}") Map<String, BigDecimal> scores,
            @Size(max = 4000) String comment) {
    }

    @Schema(name = "ScoreSheet")
    public record ScoreSheetView(
            @Schema(examples = "giamkhao") String evaluator,
            @Schema(examples = "Phạm Thị Hoa") String evaluatorName,
            String rubricCode,
            OffsetDateTime assignedAt,
            @Schema(description = "Trống khi chưa chấm / null until scored") OffsetDateTime submittedAt,
            Map<String, BigDecimal> scores,
            BigDecimal total,
            String comment,
            long version) {
    }

    @Schema(name = "EvaluationResult", description = "Kết quả tổng hợp: trung bình các phiếu đã chấm / the average of the submitted sheets")
    public record EvaluationResult(
            long initiativeId,
            InitiativeStatus status,
            String rubricCode,
            int sheetsAssigned,
            int sheetsSubmitted,
            @Schema(examples = "{\"novelty\": 31.5, \"applicability\": 24, \"benefit\": 25}") Map<String, BigDecimal> averages,
            @Schema(examples = "80.5") BigDecimal total,
            @Schema(description = "Đạt: tổng và từng tiêu chí đủ điểm tối thiểu / passed") boolean passed,
            @Schema(description = "Xếp loại đề xuất / proposed grade", examples = "B") String proposedGrade,
            List<ScoreSheetView> sheets) {
    }

    @Schema(name = "ReviewTask", description = "Một hồ sơ trong hàng chờ chấm của giám khảo / one dossier in an evaluator's queue")
    public record ReviewTask(
            @Schema(examples = "42") long initiativeId,
            @Schema(examples = "Quy trình khử khuẩn nhanh phòng học") String title,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String unitName,
            @Schema(examples = "UNDER_REVIEW") InitiativeStatus status,
            @Schema(examples = "SK-LCH-PT-2022-0007") String receiptNumber,
            @Schema(examples = "2022-03-01T09:30:00+07:00") OffsetDateTime assignedAt,
            @Schema(description = "Trống khi chưa chấm / null until scored", examples = "2022-03-05T16:00:00+07:00") OffsetDateTime submittedAt,
            @Schema(description = "version của phiếu chấm / the score sheet's version", examples = "0") long version) {
    }
}
