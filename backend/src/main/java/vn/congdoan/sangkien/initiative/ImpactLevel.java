package vn.congdoan.sangkien.initiative;

/** Phạm vi ảnh hưởng of a recognised initiative, with its Vietnamese name for printed and downloaded reports. */
public enum ImpactLevel {
    GRASSROOTS("Cấp cơ sở"),
    PROVINCIAL_SECTOR("Cấp tỉnh, ngành"),
    NATIONAL("Toàn quốc");

    private final String label;

    ImpactLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
