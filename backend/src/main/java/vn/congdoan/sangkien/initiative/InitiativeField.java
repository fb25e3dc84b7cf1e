package vn.congdoan.sangkien.initiative;

/** Fields of the programme (Hướng dẫn 46/HD-TLĐ), with their Vietnamese names for printed and downloaded reports. */
public enum InitiativeField {
    EPIDEMIC_PREVENTION("Phòng, chống dịch Covid-19"),
    SOCIO_ECONOMIC("Phát triển kinh tế – xã hội"),
    UNION_INNOVATION("Đổi mới tổ chức, hoạt động công đoàn"),
    OTHER("Lĩnh vực khác");

    private final String label;

    InitiativeField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
