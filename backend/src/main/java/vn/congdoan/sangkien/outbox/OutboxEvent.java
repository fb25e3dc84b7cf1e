package vn.congdoan.sangkien.outbox;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One event as the worker hands it to consumers. {@code data} is what the change's feature wrote: ids, codes, names and
 * the usernames concerned (personal data: consumers sending outside, webhooks, pick what they send).
 */
public record OutboxEvent(UUID id, EventKind kind, Long unitId, Long initiativeId, String actor, JsonNode data,
                          OffsetDateTime occurredAt) {

    /** A text field of data, null when absent. */
    public String text(String field) {
        JsonNode value = data.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
