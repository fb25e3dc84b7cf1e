package vn.congdoan.sangkien.webhook;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.congdoan.sangkien.outbox.OutboxEvent;

import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Set;

/**
 * An outbox event as the CloudEvents 1.0 structured JSON an integrator receives. Its {@code data} holds only the
 * event data's fields named in {@link #SHARED}: ids, codes, statuses, counts, targets and dates. Titles, names,
 * usernames (filer, evaluator, linked accounts, the actor), reasons and file names never leave: they are, or may hold,
 * personal data, and an integrator that needs a dossier reads it through the API with its own rights.
 */
@ApplicationScoped
public class WebhookPayloads {

    public static final String MEDIA_TYPE = "application/cloudevents+json";

    /** The data fields sent; anything else the event carries stays here. */
    static final Set<String> SHARED = Set.of(
            // a dossier's steps, assignments, scores (DossierEvents), its decision overdue (reminder.Reminders)
            "initiativeId", "receiptNumber", "programCode", "unitCode", "status", "fromStatus", "toStatus",
            "submittedOn", "waitingDays", "allowedDays",
            // quotas (QuotaService), imports (ImportService)
            "targetsBefore", "targets", "batchId", "rowCount", "imported", "skipped", "rejected",
            // a cut-off near, the weekly digest (reminder.Reminders)
            "periodCode", "endsOn", "daysLeft", "target", "valid", "missing",
            "week", "from", "submitted", "recognised", "waiting", "unitsBelowTarget");

    private final ObjectMapper json;
    private final String source;

    public WebhookPayloads(ObjectMapper json, @ConfigProperty(name = "sangkien.webhook.source") String source) {
        this.json = json;
        this.source = source;
    }

    /** The request body sent for the event, the same at every try and replay (its signature covers it). */
    public String body(OutboxEvent event) {
        ObjectNode envelope = json.createObjectNode();
        envelope.put("specversion", "1.0");
        envelope.put("id", event.id().toString());
        envelope.put("source", source);
        envelope.put("type", event.kind().cloudEventType());
        String subject = subject(event);
        if (subject != null) {
            envelope.put("subject", subject);
        }
        envelope.put("time", event.occurredAt().withOffsetSameInstant(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        envelope.put("datacontenttype", "application/json");
        envelope.set("data", data(event.data()));
        try {
            return json.writeValueAsString(envelope);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ObjectNode data(JsonNode data) {
        ObjectNode shared = new ObjectMapper().createObjectNode();
        data.fields().forEachRemaining(field -> {
            if (SHARED.contains(field.getKey()) && !field.getValue().isNull()) {
                shared.set(field.getKey(), field.getValue());
            }
        });
        return shared;
    }

    /** What the event is about, as a path of the API below /api/v1: a dossier, an import batch or a unit. */
    static String subject(OutboxEvent event) {
        if (event.initiativeId() != null) {
            return "initiatives/" + event.initiativeId();
        }
        String batch = event.text("batchId");
        if (batch != null) {
            return "imports/initiatives/batches/" + batch;
        }
        String unit = event.text("unitCode");
        return unit == null ? null : "units/" + unit;
    }
}
