package vn.congdoan.sangkien.security;

/** Realm roles of Keycloak realm "sangkien" (docs/architecture.md, "Security model"). */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String FEDERATION_OFFICER = "federation_officer";
    public static final String UNIT_OFFICER = "unit_officer";
    public static final String EVALUATOR = "evaluator";
    public static final String MEMBER = "member";
    public static final String REPORTER = "reporter";

    private Roles() {
    }
}
