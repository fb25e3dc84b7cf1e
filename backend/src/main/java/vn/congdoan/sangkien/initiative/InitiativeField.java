package vn.congdoan.sangkien.initiative;

/** Fields of the programme (Hướng dẫn 46/HD-TLĐ). */
public enum InitiativeField {
    /** Phòng, chống dịch Covid-19 */
    EPIDEMIC_PREVENTION,
    /** Phát triển kinh tế – xã hội */
    SOCIO_ECONOMIC,
    /** Đổi mới tổ chức, hoạt động công đoàn */
    UNION_INNOVATION,
    /** Lĩnh vực khác */
    OTHER
}
