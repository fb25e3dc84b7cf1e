package vn.congdoan.sangkien.initiative;

/** Where a dossier stands (docs/architecture.md, "Counting rule and lifecycle"). Only VALID counts toward a quota; the others form the pipeline. */
public enum InitiativeStatus {
    /** Nháp: only its authors and helpers see it. */
    DRAFT,
    /** Đã nộp, có số tiếp nhận */
    SUBMITTED,
    /** Hội đồng sáng kiến đang xem xét */
    UNDER_REVIEW,
    /** Trả lại để bổ sung */
    RETURNED,
    /** Được cơ quan, đơn vị công nhận */
    RECOGNISED,
    /** Không được công nhận */
    REFUSED,
    /** Công đoàn kiểm tra hợp lệ: được tính vào chỉ tiêu */
    VALID;

    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
