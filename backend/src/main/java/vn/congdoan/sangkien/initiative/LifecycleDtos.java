package vn.congdoan.sangkien.initiative;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Bodies of the lifecycle steps. Each carries the version the caller read. */
public final class LifecycleDtos {

    private LifecycleDtos() {
    }

    @Schema(name = "TransitionRequest", description = "Nộp hoặc công nhận hợp lệ; version đã đọc / submit or validate; the version read")
    public record TransitionRequest(
            @NotNull @Schema(examples = "0") Long version,
            @Size(max = 4000) @Schema(description = "Ghi chú / note") String note) {
    }

    @Schema(name = "ReasonRequest", description = "Trả lại hoặc không công nhận: lý do bắt buộc / return or refuse: the reason is required")
    public record ReasonRequest(
            @NotNull @Schema(examples = "2") Long version,
            @NotBlank @Size(max = 4000) @Schema(examples = "Bổ sung ý kiến của đơn vị đã áp dụng về lợi ích") String reason) {
    }

    @Schema(name = "RecognitionRequest", description = "Quyết định công nhận của cơ quan, đơn vị / the organisation's recognition decision")
    public record RecognitionRequest(
            @NotNull @Schema(examples = "3") Long version,
            @NotBlank @Size(max = 500) @Schema(examples = "Hội đồng sáng kiến Sở Giáo dục và Đào tạo tỉnh Lai Châu") String recognitionBody,
            @NotBlank @Size(max = 100) @Schema(examples = "125/QĐ-SGDĐT") String decisionNumber,
            @NotNull @PastOrPresent @Schema(examples = "2022-07-15") LocalDate decisionDate,
            @NotNull ImpactLevel impactLevel,
            @Pattern(regexp = "[A-Z]{1,2}") @Schema(description = "Mặc định: xếp loại đề xuất từ phiếu chấm / default: the grade the score sheets propose", examples = "B") String grade) {
    }

    @Schema(name = "HistoryEntry", description = "Một bước trong lịch sử hồ sơ / one step of the dossier's history")
    public record HistoryEntry(
            OffsetDateTime at,
            @Schema(examples = "cb.phongtho") String actor,
            @Schema(description = "TRANSITION: đổi trạng thái / status change; EDIT: sửa nội dung / fields changed") String kind,
            InitiativeStatus fromStatus,
            InitiativeStatus toStatus,
            String reason,
            @Schema(examples = "[\"title\", \"authors\"]") List<String> changedFields,
            @Schema(description = "Trả lại hồ sơ đã công nhận: quyết định bị rút về lịch sử / a recognised dossier returned: "
                    + "the decision it carried until then") WithdrawnDecision withdrawnDecision) {
    }

    @Schema(name = "WithdrawnDecision", description = "Quyết định công nhận đã rút / a recognition decision withdrawn by a return")
    public record WithdrawnDecision(
            @Schema(examples = "Hội đồng sáng kiến tỉnh Lai Châu") String recognitionBody,
            @Schema(examples = "125/QĐ-HĐSK") String decisionNumber,
            LocalDate decisionDate,
            ImpactLevel impactLevel,
            @Schema(examples = "B") String grade) {
    }
}
