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

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token);
    }

    public static RequestSpecification as(String username, String role, String unitCode) {
        return as(Tokens.of(username, role, unitCode));
    }
}
