package vn.congdoan.sangkien.unit;

/**
 * The programme's target groups (đối tượng): whose members a grassroots union gathers, for progress by sector; with
 * their Vietnamese names for printed and downloaded reports.
 */
public enum UnitSector {
    ENTERPRISE("Công nhân lao động trong các doanh nghiệp"),
    STATE_BODY("Cán bộ, công chức cơ quan Đảng, Nhà nước, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội"),
    PUBLIC_SERVICE("Viên chức, người lao động các đơn vị sự nghiệp công lập");

    private final String label;

    UnitSector(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
