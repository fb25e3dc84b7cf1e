package vn.congdoan.sangkien.common;

import io.restassured.specification.RequestSpecification;

import static io.restassured.RestAssured.given;

/** Requests as a given user. Feature tests act as the admin; the security tests vary the caller. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification asAdmin() {
        return as(Tokens.admin());
    }

    /** Another admin, for decisions on the dossiers the first one filed: nobody decides on their own (four eyes). */
    public static RequestSpecification asDecidingAdmin() {
        return as("admin.council", "admin", "TLD");
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    public static RequestSpecification as(String username, String role, String unitCode) {
        return as(Tokens.of(username, role, unitCode));
    }
}
