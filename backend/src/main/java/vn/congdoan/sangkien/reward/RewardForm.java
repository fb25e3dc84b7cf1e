package vn.congdoan.sangkien.reward;

import vn.congdoan.sangkien.unit.UnitType;

import java.util.Set;

/** The form of a reward (hình thức khen thưởng), and the level of unit that decides it. */
public enum RewardForm {
    /** Bằng khen của Tổng Liên đoàn Lao động Việt Nam. */
    NATIONAL_CERTIFICATE("Bằng khen của Tổng Liên đoàn Lao động Việt Nam", Set.of(UnitType.CONFEDERATION)),
    /** Bằng khen của Liên đoàn Lao động tỉnh (or of a union of the same level). */
    PROVINCIAL_CERTIFICATE("Bằng khen của Liên đoàn Lao động tỉnh", Set.of(UnitType.PROVINCIAL_FEDERATION,
            UnitType.CENTRAL_SECTOR_UNION, UnitType.CORPORATION_UNION)),
    /** Giấy khen của Liên đoàn Lao động huyện (or of a union of the same level). */
    DISTRICT_CERTIFICATE("Giấy khen của Liên đoàn Lao động huyện", Set.of(UnitType.DISTRICT_FEDERATION,
            UnitType.SECTOR_UNION, UnitType.ZONE_UNION));

    public final String title;
    /** The types of unit whose officers decide this form. */
    public final Set<UnitType> decidedBy;

    RewardForm(String title, Set<UnitType> decidedBy) {
        this.title = title;
        this.decidedBy = decidedBy;
    }
}
