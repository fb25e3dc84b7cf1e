package vn.congdoan.sangkien.initiative;

/** Kinds of solution an initiative may be (Nghị định 13/2012/NĐ-CP, Điều 3). */
public enum SolutionType {
    /** Giải pháp kỹ thuật */
    TECHNICAL,
    /** Giải pháp quản lý */
    MANAGEMENT,
    /** Giải pháp tác nghiệp */
    OPERATIONAL,
    /** Giải pháp ứng dụng tiến bộ kỹ thuật */
    TECHNICAL_ADVANCE,
    /** Đề tài nghiên cứu khoa học */
    RESEARCH
}
