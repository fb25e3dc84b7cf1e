package vn.congdoan.sangkien.initiative;

/** Phạm vi ảnh hưởng of a recognised initiative. */
public enum ImpactLevel {
    /** Cấp cơ sở */
    GRASSROOTS,
    /** Cấp tỉnh, ngành */
    PROVINCIAL_SECTOR,
    /** Toàn quốc */
    NATIONAL
}
