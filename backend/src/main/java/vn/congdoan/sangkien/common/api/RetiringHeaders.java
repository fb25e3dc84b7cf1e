package vn.congdoan.sangkien.common.api;

import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The headers of an operation marked {@link Retiring}, on every answer it gives (errors too). */
public class RetiringHeaders {

    @ServerResponseFilter
    public void addHeaders(ContainerResponseContext response, ResourceInfo resource) {
        Retiring retiring = resource.getResourceMethod() == null ? null : resource.getResourceMethod().getAnnotation(Retiring.class);
        if (retiring == null) {
            return;
        }
        long deprecated = LocalDate.parse(retiring.deprecatedOn()).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        response.getHeaders().putSingle("Deprecation", "@" + deprecated);
        response.getHeaders().putSingle("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME
                .format(LocalDate.parse(retiring.sunsetOn()).atStartOfDay(ZoneOffset.UTC)));
        response.getHeaders().add("Link", "<" + retiring.successor() + ">; rel=\"successor-version\"");
    }
}
