package vn.congdoan.sangkien.common.api;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.congdoan.sangkien.common.error.Problem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The problem responses operations share, documented once (429: {@link RateLimitContract}). */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "400", description = "Dữ liệu không hợp lệ, từng trường và quy tắc / invalid input, each field and rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface BadRequest {
    }

    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "404", description = "Không tìm thấy / not found",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface NotFound {
    }

    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "409", description = "Xung đột phiên bản hoặc vi phạm quy tắc / version conflict or broken rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface Conflict {
    }

    /** A write sent with If-Match whose tag is not the current one: 412, nothing saved. */
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "412", description = "If-Match không khớp ETag hiện tại, không lưu gì / If-Match does not name the current ETag, nothing saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public @interface PreconditionFailed {
    }

    /** 401 without a valid token, 403 with a role that may not do this, 429 beyond the caller's fair use. */
    @Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "401", description = "Chưa đăng nhập hoặc token không hợp lệ / no valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Vai trò không được phép / the role may not do this",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", ref = RateLimitContract.TOO_MANY_REQUESTS)
    public @interface Secured {
    }

    /** 401 without a valid token, 429 beyond the caller's fair use. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "401", description = "Chưa đăng nhập hoặc token không hợp lệ / no valid token",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", ref = RateLimitContract.TOO_MANY_REQUESTS)
    public @interface Unauthorized {
    }

    /** Open to anyone, no token needed (the public showcase): only 429 beyond the address's fair use. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "429", ref = RateLimitContract.TOO_MANY_REQUESTS)
    public @interface Public {
    }

    /** A write to something that exists in the caller's scope: 400, 404, 409, 401, 403. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @BadRequest
    @NotFound
    @Conflict
    @Secured
    public @interface Write {
    }

    /** A read of one thing in the caller's scope: 404, 401, 403. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @NotFound
    @Secured
    public @interface Lookup {
    }

    /** A read with parameters, in the caller's scope: 400, 404, 401, 403. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @BadRequest
    @NotFound
    @Secured
    public @interface Query {
    }
}
