package vn.congdoan.sangkien.common.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contract of {@link HttpCaching.Conditional} and {@link HttpCaching.ConditionalSince}: the 200 of an operation that
 * may answer 304 sends the headers its 304 documents (ETag, Last-Modified where there is one, Cache-Control, Vary;
 * listed on the 200 too when it is always JSON), and the operation takes If-None-Match (and If-Modified-Since where there is a Last-Modified). MicroProfile's
 * {@code @Parameter} cannot sit on a composed annotation, hence a filter. Added at build time, so the committed
 * openapi.yaml has it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class HttpCachingContract implements OASFilter {

    private final Map<String, Header> headers = new TreeMap<>();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (headers.isEmpty()) {
            return;
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        headers.forEach(openAPI.getComponents()::addHeader);
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() == null) {
            return operation;
        }
        APIResponse notModified = operation.getResponses().getAPIResponse("304");
        APIResponse ok = operation.getResponses().getAPIResponse("200");
        if (notModified == null || notModified.getHeaders() == null) {
            return operation;
        }
        // Each header is described once, under components, and referred to from the 304 and the 200.
        Map<String, Header> sent = new LinkedHashMap<>(notModified.getHeaders());
        notModified.setHeaders(new LinkedHashMap<>());
        sent.forEach((name, header) -> {
            headers.putIfAbsent(name, header);
            Header ref = OASFactory.createHeader().ref(name);
            notModified.addHeader(name, ref);
            if (alwaysJson(ok)) {
                ok.addHeader(name, ref);
            }
        });
        operation.addParameter(header(HttpCaching.IF_NONE_MATCH, "ETag đã nhận; nếu vẫn là bản hiện tại thì trả 304 không có nội dung "
                + "(so sánh yếu, * khớp mọi bản) / an ETag received before; 304 without a body while it is current (weak comparison, * matches any)",
                "\"n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg\""));
        if (notModified.getHeaders().containsKey("Last-Modified")) {
            operation.addParameter(header(HttpCaching.IF_MODIFIED_SINCE, "Last-Modified đã nhận; 304 nếu không đổi từ đó; bỏ qua khi có "
                    + "If-None-Match / a Last-Modified received before; 304 when nothing changed since; ignored with If-None-Match",
                    "Tue, 15 Mar 2022 08:30:00 GMT"));
        }
        return operation;
    }

    /**
     * Whether every 200 carries the headers: only when it is always JSON. A CSV or XLSX answer of the same operation
     * has none, and a header listed on the 200 is one a client (and the contract fuzzer) may count on.
     */
    private static boolean alwaysJson(APIResponse ok) {
        return ok != null && ok.getContent() != null && ok.getContent().getMediaTypes() != null
                && !ok.getContent().getMediaTypes().isEmpty()
                && ok.getContent().getMediaTypes().keySet().stream().allMatch(type -> type.endsWith("json"));
    }

    private static Parameter header(String name, String description, String example) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example(example);
    }
}
