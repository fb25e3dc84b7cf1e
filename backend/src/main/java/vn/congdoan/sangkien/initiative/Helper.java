package vn.congdoan.sangkien.initiative;

import jakarta.persistence.Embeddable;

/** Someone who helped apply the initiative (người tham gia áp dụng). */
@Embeddable
public class Helper {

    public String fullName;

    public String workplace;

    public String jobTitle;

    public String contribution;
}
