package vn.congdoan.sangkien.common.api;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.StreamingOutput;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.time.OffsetDateTime;

/**
 * The validators and 304s of the operations marked {@link HttpCaching.Conditional} or
 * {@link HttpCaching.ConditionalSince}. The JSON body is written here once, the ETag taken from those bytes and the
 * bytes sent as the answer, so the tag is always of what was sent. Only a 200 with a JSON entity: errors, streams
 * ({@link StreamingOutput}, files) and CSV/XLSX (bytes of another type) pass untouched.
 */
public class ConditionalGets {

    private final HttpCaching caching;

    public ConditionalGets(HttpCaching caching) {
        this.caching = caching;
    }

    @ServerResponseFilter
    public void validate(ContainerRequestContext request, ContainerResponseContext response, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null || response.getStatus() != 200
                || !(request.getMethod().equals(HttpMethod.GET) || request.getMethod().equals(HttpMethod.HEAD))) {
            return;
        }
        boolean dated = method.isAnnotationPresent(HttpCaching.ConditionalSince.class);
        if (!dated && !method.isAnnotationPresent(HttpCaching.Conditional.class)) {
            return;
        }
        Object entity = response.getEntity();
        MediaType type = response.getMediaType();
        if (entity == null || streamed(entity) || (type != null && !json(type))) {
            return;
        }
        byte[] body = caching.body(entity);
        String tag = HttpCaching.tag(body);
        OffsetDateTime lastModified = dated && entity instanceof HttpCaching.Dated d ? d.updatedAt() : null;
        MultivaluedMap<String, Object> headers = response.getHeaders();
        headers.putSingle(HttpHeaders.ETAG, tag);
        if (lastModified != null) {
            headers.putSingle(HttpHeaders.LAST_MODIFIED, HttpCaching.httpDate(lastModified));
        }
        headers.putSingle(HttpHeaders.CACHE_CONTROL, HttpCaching.CACHE_CONTROL);
        headers.putSingle(HttpHeaders.VARY, HttpCaching.VARY);
        if (notModified(request, tag, lastModified)) {
            response.setStatus(304);
            response.setEntity(null);
            headers.remove(HttpHeaders.CONTENT_TYPE);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), type != null ? type : MediaType.APPLICATION_JSON_TYPE);
        }
    }

    /** If-None-Match decides when sent; If-Modified-Since only without it (RFC 9110 §13.2.2). */
    private static boolean notModified(ContainerRequestContext request, String tag, OffsetDateTime lastModified) {
        String noneMatch = HttpCaching.joined(request.getHeaders().get(HttpCaching.IF_NONE_MATCH));
        if (noneMatch != null) {
            return HttpCaching.noneMatchFails(noneMatch, tag);
        }
        String since = request.getHeaderString(HttpCaching.IF_MODIFIED_SINCE);
        return since != null && lastModified != null && HttpCaching.unmodifiedSince(since, lastModified);
    }

    private static boolean streamed(Object entity) {
        return entity instanceof StreamingOutput || entity instanceof InputStream || entity instanceof byte[]
                || entity instanceof File || entity instanceof Path || entity instanceof CharSequence;
    }

    private static boolean json(MediaType type) {
        return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
    }
}
