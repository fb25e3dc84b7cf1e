package vn.congdoan.sangkien.common.api;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.congdoan.sangkien.common.error.Problem;

/**
 * An address longer than we serve is refused with a problem, like every other error. Vert.x itself answers a request
 * line beyond quarkus.http.limits.max-initial-line-length with an empty 414 it lets no one change, so that limit is
 * set well above this one and the refusal a person or client reads is made here, before any routing.
 */
@ApplicationScoped
public class HttpLimits {

    private final int maxUriLength;
    private final RouteProblems problems;

    public HttpLimits(@ConfigProperty(name = "sangkien.http.max-uri-length") int maxUriLength, RouteProblems problems) {
        this.maxUriLength = maxUriLength;
        this.problems = problems;
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            String uri = context.request().uri();
            if (uri.length() <= maxUriLength) {
                context.next();
                return;
            }
            String path = context.request().path();
            Problem problem = Problem.of("http.414", 414, path.length() > 200 ? path.substring(0, 200) + "…" : path, maxUriLength);
            problems.send(context, problem);
        });
    }
}
