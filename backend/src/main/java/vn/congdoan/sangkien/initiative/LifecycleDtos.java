package vn.congdoan.sangkien.initiative;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.initiative.attachment.AttachmentKind;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Bodies of the lifecycle steps. Each carries the version the caller read. */
public final class LifecycleDtos {

    /** The real date a step may carry: the same words on every step that takes one. */
    public static final String OCCURRED_ON = "Ngày thực tế của bước, khi cán bộ nhập hồ sơ giấy; mặc định hôm nay (giờ Hà Nội). "
            + "Chỉ cán bộ; không sau hôm nay, trong thời gian của chương trình, không trước bước trước đó. Lịch sử giữ cả ngày "
            + "này lẫn lúc và người nhập. / The day the step really happened, when an officer enters a paper record; default "
            + "today (Hanoi). Officers only; not after today, within the programme's window, not before the previous step. "
            + "The history keeps both this day and when and by whom the step was entered.";

    private LifecycleDtos() {
    }

    @Schema(name = "TransitionRequest", description = "Nộp hoặc công nhận hợp lệ; version đã đọc / submit or validate; the version read")
    public record TransitionRequest(
            @NotNull @Schema(examples = "0") Long version,
            @Size(max = 4000) @Schema(description = "Ghi chú / note") String note,
            @PastOrPresent @Schema(description = OCCURRED_ON, examples = "2022-04-01") LocalDate occurredOn) {
    }

    @Schema(name = "ReasonRequest", description = "Trả lại hoặc không công nhận: lý do bắt buộc / return or refuse: the reason is required")
    public record ReasonRequest(
            @NotNull @Schema(examples = "2") Long version,
            @NotBlank @Size(max = 4000) @Schema(examples = "Bổ sung ý kiến của đơn vị đã áp dụng về lợi ích") String reason,
            @PastOrPresent @Schema(description = OCCURRED_ON, examples = "2022-05-10") LocalDate occurredOn) {
    }

    @Schema(name = "RecognitionRequest", description = "Quyết định công nhận của cơ quan, đơn vị / the organisation's recognition decision")
    public record RecognitionRequest(
            @NotNull @Schema(examples = "3") Long version,
            @NotBlank @Size(max = 500) @Schema(examples = "Hội đồng sáng kiến Sở Giáo dục và Đào tạo tỉnh Lai Châu") String recognitionBody,
            @NotBlank @Size(max = 100) @Schema(examples = "125/QĐ-SGDĐT") String decisionNumber,
            @NotNull @PastOrPresent @Schema(examples = "2022-07-15") LocalDate decisionDate,
            @NotNull ImpactLevel impactLevel,
            @Pattern(regexp = "[A-Z]{1,2}") @Schema(description = "Mặc định: xếp loại đề xuất từ phiếu chấm / default: the grade the score sheets propose", examples = "B") String grade,
            @PastOrPresent @Schema(description = OCCURRED_ON + " Không trước ngày quyết định. / Not before the decision date.", examples = "2022-07-15") LocalDate occurredOn) {
    }

    @Schema(name = "HistoryEntry", description = "Một bước trong lịch sử hồ sơ / one step of the dossier's history")
    public record HistoryEntry(
            @Schema(description = "Lúc ghi nhận vào hệ thống / when it was entered") OffsetDateTime at,
            @Schema(description = "Người ghi nhận / who entered it", examples = "cb.phongtho") String actor,
            @Schema(description = "TRANSITION: đổi trạng thái / status change; EDIT: sửa nội dung / fields changed; "
                    + "ATTACHMENT_ADDED, ATTACHMENT_REMOVED: thêm, xóa tệp / a file added, removed; "
                    + "ATTACHMENT_CONFIDENTIALITY: đánh dấu hoặc bỏ đánh dấu tệp mật / a file marked confidential or not; "
                    + "AUTHOR_CONFIRMED, AUTHOR_CORRECTED: tác giả được liên kết xác nhận hoặc sửa thông tin của mình "
                    + "/ a linked author confirmed or corrected their details",
                    enumeration = {"TRANSITION", "EDIT", "ATTACHMENT_ADDED", "ATTACHMENT_REMOVED", "ATTACHMENT_CONFIDENTIALITY",
                            "AUTHOR_CONFIRMED", "AUTHOR_CORRECTED"},
                    examples = "ATTACHMENT_REMOVED") String kind,
            InitiativeStatus fromStatus,
            InitiativeStatus toStatus,
            String reason,
            @Schema(examples = "[\"title\", \"authors\"]") List<String> changedFields,
            @Schema(description = "Trả lại hồ sơ đã công nhận: quyết định bị rút về lịch sử / a recognised dossier returned: "
                    + "the decision it carried until then") WithdrawnDecision withdrawnDecision,
            @Schema(description = "Tên tệp (các mục ATTACHMENT_*); không có khi tệp mật và người xem không được xem phần bảo mật "
                    + "/ the file's name (ATTACHMENT_* entries); absent when the file is confidential and the reader may not "
                    + "read the confidential parts", examples = "Bản mô tả sáng kiến.pdf") String fileName,
            @Schema(description = "Loại tệp (các mục ATTACHMENT_*) / the file's kind (ATTACHMENT_* entries)") AttachmentKind attachmentKind,
            @Schema(description = "Tệp mật (các mục ATTACHMENT_*; với ATTACHMENT_CONFIDENTIALITY: sau khi đổi) / whether the "
                    + "file is confidential (ATTACHMENT_* entries; for ATTACHMENT_CONFIDENTIALITY: after the change)",
                    examples = "false") Boolean fileConfidential,
            @Schema(description = "Các mục TRANSITION: ngày bước thực sự diễn ra (giờ Hà Nội); khác ngày của at khi cán bộ nhập "
                    + "hồ sơ giấy với ngày thực tế / TRANSITION entries: the day the step really happened (Hanoi); differs "
                    + "from at's day when an officer entered a paper record with its real date", examples = "2022-07-15")
            LocalDate occurredOn) {

        /** A lifecycle step: the day it happened besides when it was entered. */
        public static HistoryEntry ofStep(OffsetDateTime at, String actor, InitiativeStatus fromStatus, InitiativeStatus toStatus,
                                          String reason, WithdrawnDecision withdrawnDecision, LocalDate occurredOn) {
            return new HistoryEntry(at, actor, "TRANSITION", fromStatus, toStatus, reason, List.of(), withdrawnDecision,
                    null, null, null, occurredOn);
        }

        /** An edit of the dossier's fields. */
        public static HistoryEntry ofEdit(OffsetDateTime at, String actor, List<String> changedFields) {
            return new HistoryEntry(at, actor, "EDIT", null, null, null, changedFields, null, null, null, null, null);
        }

        /** A linked author's confirmation or correction of their own details, with their note. */
        public static HistoryEntry ofAuthor(OffsetDateTime at, String account, boolean corrected, String note) {
            return new HistoryEntry(at, account, corrected ? "AUTHOR_CORRECTED" : "AUTHOR_CONFIRMED", null, null, note,
                    List.of(), null, null, null, null, null);
        }

        /** A file added, marked or removed. */
        public static HistoryEntry ofFile(OffsetDateTime at, String actor, String kind, String fileName,
                                          AttachmentKind attachmentKind, boolean confidential) {
            return new HistoryEntry(at, actor, kind, null, null, null, List.of(), null, fileName, attachmentKind, confidential,
                    null);
        }
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
