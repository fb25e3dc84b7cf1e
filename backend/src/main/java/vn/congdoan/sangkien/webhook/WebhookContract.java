package vn.congdoan.sangkien.webhook;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import vn.congdoan.sangkien.outbox.EventKind;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The contract's {@code webhooks} section (OpenAPI 3.1): one POST per event kind, named by its CloudEvents type, with
 * the CloudEvents envelope ({@code WebhookEvent}), its shared data ({@code WebhookEventData}, the fields
 * WebhookPayloads lets out) and the three Standard Webhooks headers. Added at build time, so the committed
 * openapi.yaml has it.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class WebhookContract implements OASFilter {

    private static final String EVENT = "WebhookEvent";
    private static final String DATA = "WebhookEventData";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(DATA, data());
        openAPI.getComponents().addSchema(EVENT, envelope());
        for (EventKind kind : EventKind.values()) {
            openAPI.addWebhook(kind.cloudEventType(), webhook(kind));
        }
    }

    private static PathItem webhook(EventKind kind) {
        String words = kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        String operationId = "webhook" + Arrays.stream(kind.name().toLowerCase(Locale.ROOT).split("_"))
                .map(w -> Character.toUpperCase(w.charAt(0)) + w.substring(1)).reduce("", String::concat);
        return OASFactory.createPathItem().POST(OASFactory.createOperation()
                .operationId(operationId)
                .summary("Sự kiện " + kind.name() + " / event: " + words)
                .description("Gửi đến địa chỉ của mỗi đăng ký nhận " + kind.name() + " (type `" + kind.cloudEventType()
                        + "`), ký theo Standard Webhooks; trả 2xx khi đã nhận, khác đi thì được gửi lại sau (lùi dần). "
                        + "Xem docs/webhooks.md. / POSTed to each subscription to " + kind.name() + ", signed per Standard "
                        + "Webhooks; answer 2xx once received, anything else is retried with back-off. See docs/webhooks.md.")
                .tags(List.of("Webhooks"))
                .parameters(List.of(
                        header("webhook-id", "Mã sự kiện, như `id` của CloudEvent; giống nhau ở mỗi lần gửi lại: dùng để bỏ bản trùng "
                                + "/ the event id, the CloudEvent's `id`; the same on every retry and replay: drop duplicates by it",
                                "0b6f8a5e-4a4f-4e4b-9a56-5f1f3c2b7d10"),
                        header("webhook-timestamp", "Thời điểm ký, giây Unix; từ chối nếu lệch quá 5 phút "
                                + "/ when it was signed, Unix seconds; refuse it when more than 5 minutes off", "1764748800"),
                        header("webhook-signature", "`v1,` và base64 của HMAC-SHA256(khóa, `webhook-id.webhook-timestamp.body`) "
                                + "/ `v1,` and the base64 of HMAC-SHA256(key, `webhook-id.webhook-timestamp.body`)",
                                "v1,lKN5zuD0nuuB+eX7YLDEYMIbrI8vkBdemib52dzPP28=")))
                .requestBody(OASFactory.createRequestBody().required(true).content(OASFactory.createContent()
                        .addMediaType(WebhookPayloads.MEDIA_TYPE, OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref(EVENT)))))
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse()
                                .description("Đã nhận (mọi mã 2xx) / received (any 2xx)"))
                        .addAPIResponse("401", OASFactory.createAPIResponse()
                                .description("Chữ ký sai hoặc quá hạn: sẽ được gửi lại / bad or stale signature: it is retried")))
                .security(List.of()));
    }

    private static Parameter header(String name, String description, String example) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER).required(true).description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)).example(example);
    }

    private static Schema text(String description, String example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.STRING).description(description).examples(List.of(example));
    }

    private static Schema envelope() {
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("CloudEvents 1.0, dạng JSON có cấu trúc; không có dữ liệu cá nhân "
                        + "/ CloudEvents 1.0 structured JSON; no personal data")
                .required(List.of("specversion", "id", "source", "type", "time", "datacontenttype", "data"))
                .addProperty("specversion", text("Luôn 1.0 / always 1.0", "1.0"))
                .addProperty("id", text("Mã sự kiện, khóa chống trùng (= webhook-id) / the event id, its idempotency key (= webhook-id)",
                        "0b6f8a5e-4a4f-4e4b-9a56-5f1f3c2b7d10").format("uuid"))
                .addProperty("source", text("Hệ thống gửi / the sending system", "urn:sangkien"))
                .addProperty("type", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("Loại sự kiện / the event type")
                        .enumeration(Arrays.stream(EventKind.values()).map(k -> (Object) k.cloudEventType()).toList())
                        .examples(List.of(EventKind.DOSSIER_SUBMITTED.cloudEventType())))
                .addProperty("subject", text("Đối tượng, đường dẫn dưới /api/v1 / what it is about, a path below /api/v1",
                        "initiatives/1042"))
                .addProperty("time", text("Lúc xảy ra (UTC) / when it happened (UTC)", "2026-12-03T08:15:30.123456Z")
                        .format("date-time"))
                .addProperty("datacontenttype", text("Luôn application/json / always application/json", "application/json"))
                .addProperty("data", OASFactory.createSchema().ref(DATA))
                .examples(List.of(ordered("specversion", "1.0", "id", "0b6f8a5e-4a4f-4e4b-9a56-5f1f3c2b7d10",
                        "source", "urn:sangkien", "type", EventKind.DOSSIER_SUBMITTED.cloudEventType(),
                        "subject", "initiatives/1042", "time", "2025-12-03T08:00:00Z",
                        "datacontenttype", "application/json",
                        "data", ordered("initiativeId", 1042, "receiptNumber", "LCH-PT-2026-0012", "programCode", "1TRIEU-SK",
                                "unitCode", "LCH-PT", "status", "SUBMITTED", "fromStatus", "DRAFT", "toStatus", "SUBMITTED"))));
    }

    private static Schema data() {
        Schema integer = OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64");
        Schema targets = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Chỉ tiêu theo mã giai đoạn / targets by period code")
                .additionalPropertiesSchema(OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                .examples(List.of(ordered("2022-2023", 12)));
        return OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                .description("Chỉ mã, số hiệu, trạng thái, số đếm, chỉ tiêu và ngày; không tên, tiêu đề, tài khoản, lý do. Trường "
                        + "có hay không tùy loại sự kiện / ids, codes, statuses, counts, targets and dates only; never names, "
                        + "titles, accounts or reasons. Which fields are present depends on the kind")
                .addProperty("initiativeId", integer.description("Hồ sơ / the dossier (GET /api/v1/initiatives/{id})").examples(List.of(1042)))
                .addProperty("receiptNumber", text("Số tiếp nhận / receipt number", "LCH-PT-2026-0012"))
                .addProperty("programCode", text("Chương trình / programme", "1TRIEU-SK"))
                .addProperty("unitCode", text("Đơn vị / unit", "LCH-PT"))
                .addProperty("status", text("Trạng thái hồ sơ lúc đó / the dossier's status then", "SUBMITTED"))
                .addProperty("fromStatus", text("Trạng thái trước / status before", "DRAFT"))
                .addProperty("toStatus", text("Trạng thái sau / status after", "SUBMITTED"))
                .addProperty("targetsBefore", targets)
                .addProperty("targets", targets)
                .addProperty("batchId", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int64")
                        .description("Lần nhập tệp / the import batch").examples(List.of(318)))
                .addProperty("rowCount", count("Số dòng của tệp / rows in the file", 2300))
                .addProperty("imported", count("Đã nhập / imported", 2250))
                .addProperty("skipped", count("Bỏ qua vì đã có / skipped, already there", 30))
                .addProperty("rejected", count("Bị từ chối / rejected", 20))
                .addProperty("submittedOn", text("Ngày nộp / submitted on", "2026-10-02").format("date"))
                .addProperty("waitingDays", count("Số ngày chờ quyết định / days waiting for a decision", 45))
                .addProperty("allowedDays", count("Số ngày cho phép / days allowed", 30))
                .addProperty("periodCode", text("Giai đoạn / period", "GD1"))
                .addProperty("endsOn", text("Ngày kết thúc giai đoạn / the period's last day", "2026-12-31").format("date"))
                .addProperty("daysLeft", count("Số ngày còn lại / days left", 14))
                .addProperty("target", count("Chỉ tiêu / target", 12))
                .addProperty("valid", count("Số sáng kiến hợp lệ / valid initiatives", 9))
                .addProperty("missing", count("Còn thiếu / still missing", 3))
                .addProperty("week", text("Tuần ISO / ISO week", "2026-W49"))
                .addProperty("from", text("Từ ngày (thứ Hai) / from (Monday)", "2026-11-30").format("date"))
                .addProperty("submitted", count("Đã nộp trong tuần / submitted in the week", 23))
                .addProperty("recognised", count("Đã công nhận trong tuần / recognised in the week", 8))
                .addProperty("waiting", count("Đang chờ / waiting", 15))
                .addProperty("unitsBelowTarget", count("Đơn vị dưới chỉ tiêu / units below target", 4))
                .examples(List.of(ordered("initiativeId", 1042, "programCode", "1TRIEU-SK", "unitCode", "LCH-PT",
                        "status", "SUBMITTED")));
    }

    /** An example object whose keys keep their order: the generated contract stays the same from one build to the next. */
    private static Map<String, Object> ordered(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    private static Schema count(String description, int example) {
        return OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32").description(description)
                .examples(List.of(example));
    }
}
