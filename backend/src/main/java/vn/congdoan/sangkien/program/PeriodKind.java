package vn.congdoan.sangkien.program;

public enum PeriodKind {
    /** The whole programme (cả giai đoạn) */
    PROGRAM,
    /** Giai đoạn */
    PHASE,
    /** Năm */
    YEAR,
    /** Quý */
    QUARTER
}
