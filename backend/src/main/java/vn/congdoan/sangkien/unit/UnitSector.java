package vn.congdoan.sangkien.unit;

/** The programme's target groups (đối tượng): whose members a grassroots union gathers, for progress by sector. */
public enum UnitSector {
    /** Công nhân lao động trong các doanh nghiệp */
    ENTERPRISE,
    /** Cán bộ, công chức cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội */
    STATE_BODY,
    /** Viên chức, người lao động các đơn vị sự nghiệp công lập */
    PUBLIC_SERVICE
}
