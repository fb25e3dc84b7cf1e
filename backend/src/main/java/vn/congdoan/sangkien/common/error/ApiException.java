package vn.congdoan.sangkien.common.error;

import java.util.List;

/**
 * A refusal the client can act on. The kind fixes the HTTP status and the problem type;
 * the texts come from i18n/messages_*.properties under "problem.&lt;key&gt;.title|detail".
 */
public class ApiException extends RuntimeException {

    public enum Kind {
        INVALID(400, "validation"),
        FORBIDDEN(403, "forbidden"),
        NOT_FOUND(404, "not-found"),
        CONFLICT(409, "conflict"),
        STALE(409, "stale-version"),
        RULE(409, "rule-violated"),
        PRECONDITION_FAILED(412, "precondition-failed"),
        TOO_LARGE(413, "too-large"),
        UNSUPPORTED_TYPE(415, "unsupported-type");

        final int status;
        final String slug;

        Kind(int status, String slug) {
            this.status = status;
            this.slug = slug;
        }
    }

    private final Kind kind;
    private final String key;
    private final String detailVi;
    private final String detailEn;
    private final List<FieldProblem> errors;

    private ApiException(Kind kind, String key, String detailVi, String detailEn, List<FieldProblem> errors) {
        // The message names the broken rules too, so that a refusal in a log (e.g. of reference data) says why.
        super(errors.isEmpty() ? detailEn : detailEn + ": " + errors.stream()
                .map(e -> e.field() + " " + e.rule() + " (" + e.messageEn() + ")").toList());
        this.kind = kind;
        this.key = key;
        this.detailVi = detailVi;
        this.detailEn = detailEn;
        this.errors = List.copyOf(errors);
    }

    private static ApiException of(Kind kind, String key, List<FieldProblem> errors, Object... args) {
        return new ApiException(kind, key, Messages.vi("problem." + key + ".detail", args),
                Messages.en("problem." + key + ".detail", args), errors);
    }

    /** @param entity key of the thing under "entity." in the message bundles, e.g. "unit" */
    public static ApiException notFound(String entity, Object id) {
        String shown = String.valueOf(id); // as sent: MessageFormat would print id 1234 as "1.234"
        return new ApiException(Kind.NOT_FOUND, "not-found",
                Messages.vi("problem.not-found.detail", Messages.vi("entity." + entity), shown),
                Messages.en("problem.not-found.detail", Messages.en("entity." + entity), shown), List.of());
    }

    public static ApiException invalid(List<FieldProblem> errors) {
        return of(Kind.INVALID, "validation", errors, errors.size());
    }

    /** Invalid input with its own title and detail (under "problem.{key}."), e.g. the rows of an imported file. */
    public static ApiException invalid(String key, List<FieldProblem> errors, Object... args) {
        return of(Kind.INVALID, key, errors, args);
    }

    public static ApiException invalid(FieldProblem error) {
        return invalid(List.of(error));
    }

    /** The caller may see the thing but a rule keeps them from this act on it (e.g. four eyes); errors name the rule. */
    public static ApiException forbidden(String key, FieldProblem error) {
        return of(Kind.FORBIDDEN, key, List.of(error));
    }

    public static ApiException stale(long sentVersion, long currentVersion) {
        return of(Kind.STALE, "stale-version", List.of(), sentVersion, currentVersion);
    }

    /** A conditional request's header (If-Match) names a representation that is not the current one. */
    public static ApiException preconditionFailed(String header) {
        return of(Kind.PRECONDITION_FAILED, "precondition-failed", List.of(), header);
    }

    /** A business rule refused well-formed input; the errors name the fields involved. */
    public static ApiException rule(String key, List<FieldProblem> errors, Object... args) {
        return of(Kind.RULE, key, errors, args);
    }

    public static ApiException tooLarge(String key, Object... args) {
        return of(Kind.TOO_LARGE, key, List.of(), args);
    }

    public static ApiException unsupportedType(String key, Object... args) {
        return of(Kind.UNSUPPORTED_TYPE, key, List.of(), args);
    }

    public static ApiException conflict(String key, Object... args) {
        return of(Kind.CONFLICT, key, List.of(), args);
    }

    public Problem toProblem(String instance) {
        return new Problem("urn:sangkien:problem:" + kind.slug,
                Messages.vi("problem." + key + ".title"), kind.status, detailVi,
                Messages.en("problem." + key + ".title"), detailEn, instance, errors);
    }

    public int status() {
        return kind.status;
    }

    public List<FieldProblem> errors() {
        return errors;
    }
}
