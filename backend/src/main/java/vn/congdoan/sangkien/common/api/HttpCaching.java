package vn.congdoan.sangkien.common.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.io.UncheckedIOException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTTP caching of JSON reads (RFC 9110 §8.8, §13; RFC 9111): a strong ETag computed from the JSON body itself, so that
 * two callers who see different views of one thing (confidential parts, allowed actions, scope) never share a tag;
 * Last-Modified where the answer knows when it last changed ({@link Dated}); 304 to a matching If-None-Match (or, without
 * it, If-Modified-Since). {@link ConditionalGets} applies it to the operations marked {@link Conditional} or
 * {@link ConditionalSince}; a write checks If-Match with {@link #tagOf} and {@link #ifMatchHolds}.
 */
@Singleton
public class HttpCaching {

    public static final String IF_MATCH = "If-Match";
    public static final String IF_NONE_MATCH = "If-None-Match";
    public static final String IF_MODIFIED_SINCE = "If-Modified-Since";
    /** Per-user, scoped data: no shared cache keeps it, and a browser asks again (revalidates) before each use. */
    public static final String CACHE_CONTROL = "private, no-cache";
    /** What else than the address chooses the answer: who asks, in which format, in which language. */
    public static final String VARY = "Authorization, Accept, Accept-Language";

    static final String ETAG_HELP = "Thẻ phiên bản của câu trả lời JSON (SHA-256 của nội dung, mạnh; CSV/XLSX không có); gửi lại "
            + "trong If-None-Match / the JSON answer's entity tag (SHA-256 of its body, strong; none on CSV/XLSX); send it back in "
            + "If-None-Match";
    static final String LAST_MODIFIED_HELP = "Lúc thay đổi cuối (updatedAt); gửi lại trong If-Modified-Since "
            + "/ when it last changed (updatedAt); send it back in If-Modified-Since";
    static final String CACHE_CONTROL_HELP = "private, no-cache: chỉ trình duyệt của người dùng giữ, và hỏi lại trước mỗi lần dùng "
            + "/ only the user's browser keeps it, and revalidates before each use";
    static final String VARY_HELP = "Authorization, Accept, Accept-Language";

    /**
     * A GET whose JSON answer carries ETag (and Cache-Control, Vary) and answers 304 to a matching If-None-Match.
     * Streamed and non-JSON answers (CSV, XLSX) are left alone.
     */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "304", description = "Không đổi: ETag trong If-None-Match vẫn là bản hiện tại; không có nội dung "
            + "/ not modified: the ETag in If-None-Match is still current; no body",
            headers = {
                    @Header(name = "ETag", description = ETAG_HELP, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = CACHE_CONTROL_HELP, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Vary", description = VARY_HELP, schema = @Schema(type = SchemaType.STRING))})
    public @interface Conditional {
    }

    /** {@link Conditional}, and Last-Modified from an answer that is {@link Dated}, with If-Modified-Since. */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @APIResponse(responseCode = "304", description = "Không đổi: ETag trong If-None-Match vẫn là bản hiện tại, hoặc (khi không có "
            + "If-None-Match) không đổi từ If-Modified-Since; không có nội dung / not modified: the ETag in If-None-Match is still "
            + "current, or (without If-None-Match) nothing changed since If-Modified-Since; no body",
            headers = {
                    @Header(name = "ETag", description = ETAG_HELP, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Last-Modified", description = LAST_MODIFIED_HELP, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Cache-Control", description = CACHE_CONTROL_HELP, schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Vary", description = VARY_HELP, schema = @Schema(type = SchemaType.STRING))})
    public @interface ConditionalSince {
    }

    /** An answer that knows when what it shows last changed: its Last-Modified. A record's accessor implements it. */
    public interface Dated {
        OffsetDateTime updatedAt();
    }

    private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?(\"[^\"]*\")\\s*(,|$)");

    private final ObjectMapper json;

    public HttpCaching(ObjectMapper json) {
        this.json = json;
    }

    /** The JSON body as it is sent (the same mapper the REST layer writes with). */
    byte[] body(Object entity) {
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The strong ETag of an answer: what a GET of it would send, for If-Match on a write. */
    public String tagOf(Object entity) {
        return tag(body(entity));
    }

    static String tag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    /**
     * If-Match: "*" or one of the listed tags is the current one; a header that is not a list of tags matches nothing.
     * RFC 9110 §13.1.1 compares strongly, but W/ is ignored here: every tag this API sends is strong, of the exact JSON
     * bytes, and the W/ can only come from a proxy that compressed them (nginx does, frontend/docker), which leaves the
     * JSON, and so what the tag stands for, the same.
     */
    public static boolean ifMatchHolds(String header, String current) {
        return matches(header, current);
    }

    /** If-None-Match on a GET (weak comparison, RFC 9110 §13.1.2): "*" or one of the listed tags, W/ or not. */
    static boolean noneMatchFails(String header, String current) {
        return matches(header, current);
    }

    private static boolean matches(String header, String current) {
        if (header.strip().equals("*")) {
            return true;
        }
        Matcher m = TAG.matcher(header);
        int at = 0;
        while (at < header.length() && m.find(at) && m.start() == at) {
            if (m.group(1).equals(current)) {
                return true;
            }
            at = m.end();
        }
        return false;
    }

    /** IMF-fixdate (RFC 9110 §5.6.7): two-digit day, which Java's RFC_1123_DATE_TIME does not write ("Tue, 3 Jun"). */
    private static final DateTimeFormatter IMF_FIXDATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    /** An HTTP date, to the second. */
    static String httpDate(OffsetDateTime time) {
        return IMF_FIXDATE.format(time.toInstant().truncatedTo(ChronoUnit.SECONDS));
    }

    /** Not changed since the If-Modified-Since date; a date that does not parse is ignored (RFC 9110 §13.1.3). */
    static boolean unmodifiedSince(String header, OffsetDateTime lastModified) {
        try {
            Instant since = DateTimeFormatter.RFC_1123_DATE_TIME.parse(header.strip(), Instant::from);
            return !lastModified.toInstant().truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static String joined(List<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", values);
    }
}
