package vn.congdoan.sangkien.initiative.attachment;

/** What a file is for in the dossier. */
public enum AttachmentKind {
    /** Đơn đề nghị công nhận (bản chụp) */
    APPLICATION,
    /** Bản mô tả sáng kiến */
    DESCRIPTION,
    /** Quyết định công nhận */
    DECISION,
    /** Minh chứng áp dụng */
    EVIDENCE,
    OTHER
}
