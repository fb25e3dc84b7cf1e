package vn.congdoan.sangkien.common.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import vn.congdoan.sangkien.common.error.Problem;

/**
 * The contract's one 429 answer ({@code components.responses.TooManyRequests}), which every operation names through
 * {@link ProblemResponses.Secured} or {@link ProblemResponses.Unauthorized}: the problem, Retry-After and the
 * RateLimit headers (TokenBuckets). Added at build time, so the committed openapi.yaml has it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class RateLimitContract implements OASFilter {

    public static final String TOO_MANY_REQUESTS = "TooManyRequests";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addResponse(TOO_MANY_REQUESTS, OASFactory.createAPIResponse()
                .description("Quá giới hạn yêu cầu mỗi phút của người gọi: chờ Retry-After giây rồi gửi lại (README, \"Fair use\") "
                        + "/ over the caller's requests a minute: wait Retry-After seconds, then send it again")
                .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, OASFactory.createMediaType()
                        .schema(OASFactory.createSchema().ref("Problem"))))
                .addHeader("Retry-After", header(Schema.SchemaType.INTEGER, 30,
                        "Số giây phải chờ / seconds to wait (RFC 9110)"))
                .addHeader("RateLimit-Policy", header(Schema.SchemaType.STRING, "\"client\";q=600;w=60",
                        "Chính sách: q yêu cầu mỗi w giây (client, user hoặc anonymous) / the policy: q requests per w seconds "
                                + "(client, user or anonymous); draft-ietf-httpapi-ratelimit-headers-08. Sent on every answer"))
                .addHeader("RateLimit", header(Schema.SchemaType.STRING, "\"client\";r=0;t=1",
                        "Còn r yêu cầu, đầy lại sau t giây / r requests left, full again in t seconds; "
                                + "draft-ietf-httpapi-ratelimit-headers-08. Sent on every answer")));
    }

    private static Header header(Schema.SchemaType type, Object example, String description) {
        return OASFactory.createHeader().description(description).example(example)
                .schema(OASFactory.createSchema().addType(type));
    }
}
