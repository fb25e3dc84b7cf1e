package vn.congdoan.sangkien.unit;

/** Levels of the union organisation (Trade Union Law 2024). */
public enum UnitType {
    /** Tổng Liên đoàn Lao động Việt Nam */
    CONFEDERATION,
    /** Liên đoàn Lao động tỉnh, thành phố */
    PROVINCIAL_FEDERATION,
    /** Công đoàn ngành trung ương */
    CENTRAL_SECTOR_UNION,
    /** Công đoàn tổng công ty */
    CORPORATION_UNION,
    /** Liên đoàn Lao động huyện, thành phố thuộc tỉnh */
    DISTRICT_FEDERATION,
    /** Công đoàn ngành địa phương, Công đoàn Viên chức tỉnh */
    SECTOR_UNION,
    /** Công đoàn khu công nghiệp, khu kinh tế */
    ZONE_UNION,
    /** Công đoàn cơ sở (CĐCS) */
    GRASSROOTS
}
