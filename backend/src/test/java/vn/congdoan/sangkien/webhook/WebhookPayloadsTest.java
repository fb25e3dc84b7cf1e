package vn.congdoan.sangkien.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import vn.congdoan.sangkien.outbox.EventKind;
import vn.congdoan.sangkien.outbox.OutboxEvent;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What each kind of event lets out: its ids, codes, counts and targets; never a name, a title, an account or a reason. */
class WebhookPayloadsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final WebhookPayloads payloads = new WebhookPayloads(JSON, "urn:sangkien");

    private JsonNode sent(EventKind kind, Long unitId, Long initiativeId, Map<String, Object> data) throws Exception {
        OutboxEvent event = new OutboxEvent(UUID.randomUUID(), kind, unitId, initiativeId, "ldld.laichau", JSON.valueToTree(data),
                OffsetDateTime.of(2026, 12, 3, 15, 30, 0, 0, ZoneOffset.ofHours(7)));
        String body = payloads.body(event);
        for (String personal : List.of("ldld.laichau", "giamkhao", "Nguyễn Văn An", "Bể lọc", "Thiếu minh chứng", "hoa.nguyen",
                "LĐLĐ huyện Phong Thổ", "/1/2/")) {
            assertFalse(body.contains(personal), kind + " lets out " + personal + ": " + body);
        }
        JsonNode sent = JSON.readTree(body);
        assertEquals(event.id().toString(), sent.get("id").asText());
        assertEquals("2026-12-03T08:30:00Z", sent.get("time").asText(), "in UTC");
        return sent;
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }

    @Test
    void aReturnedDossierTellsItsStatusesNotItsReasonOrPeople() throws Exception {
        JsonNode sent = sent(EventKind.DOSSIER_RETURNED, 7L, 1042L, map("initiativeId", 1042, "title", "Bể lọc nước",
                "receiptNumber", "LCH-PT-2026-0012", "programCode", "1TRIEU-SK", "unitCode", "LCH-PT",
                "unitName", "LĐLĐ huyện Phong Thổ", "unitPath", "/1/2/", "status", "RETURNED", "filer", "hoa.nguyen",
                "linkedAccounts", List.of("hoa.nguyen"), "fromStatus", "SUBMITTED", "toStatus", "RETURNED",
                "reason", "Thiếu minh chứng"));
        assertEquals("vn.congdoan.sangkien.dossier.returned", sent.get("type").asText());
        assertEquals("initiatives/1042", sent.get("subject").asText());
        assertEquals(JSON.valueToTree(Map.of("initiativeId", 1042, "receiptNumber", "LCH-PT-2026-0012", "programCode", "1TRIEU-SK",
                "unitCode", "LCH-PT", "status", "RETURNED", "fromStatus", "SUBMITTED", "toStatus", "RETURNED")), sent.get("data"));
    }

    @Test
    void anAssignmentAndAScoreLeaveTheEvaluatorOut() throws Exception {
        for (EventKind kind : List.of(EventKind.EVALUATOR_ASSIGNED, EventKind.DOSSIER_SCORED)) {
            JsonNode sent = sent(kind, 7L, 1042L, Map.of("initiativeId", 1042, "evaluator", "giamkhao", "status", "UNDER_REVIEW"));
            assertEquals(JSON.valueToTree(Map.of("initiativeId", 1042, "status", "UNDER_REVIEW")), sent.get("data"));
        }
    }

    @Test
    void quotasAndImportsTellTheirNumbersAndTheirObject() throws Exception {
        JsonNode quota = sent(EventKind.QUOTA_CHANGED, 7L, null, Map.of("programCode", "1TRIEU-SK", "unitCode", "LCH-PT",
                "unitName", "LĐLĐ huyện Phong Thổ", "unitPath", "/1/2/", "targetsBefore", Map.of("GD1", 10), "targets", Map.of("GD1", 12)));
        assertEquals("units/LCH-PT", quota.get("subject").asText());
        assertEquals(12, quota.get("data").get("targets").get("GD1").asInt());
        assertEquals(10, quota.get("data").get("targetsBefore").get("GD1").asInt());

        JsonNode imported = sent(EventKind.IMPORT_COMMITTED, 7L, null, Map.of("batchId", 318, "programCode", "1TRIEU-SK",
                "unitPath", "/1/2/", "fileName", "Danh sách của Nguyễn Văn An.xlsx", "rowCount", 2300, "imported", 2250,
                "skipped", 30, "rejected", 20));
        assertEquals("imports/initiatives/batches/318", imported.get("subject").asText());
        assertEquals(JSON.valueToTree(Map.of("batchId", 318, "programCode", "1TRIEU-SK", "rowCount", 2300, "imported", 2250,
                "skipped", 30, "rejected", 20)), imported.get("data"));
        assertTrue(WebhookPayloads.SHARED.containsAll(List.of("batchId", "rowCount")));
    }

    @Test
    void remindersTellTheirNumbersNotTheDossierOrUnitNames() throws Exception {
        JsonNode near = sent(EventKind.DEADLINE_NEAR, 7L, null, map("unitCode", "LCH-PT", "unitName", "LĐLĐ huyện Phong Thổ",
                "unitPath", "/1/2/", "programCode", "1TRIEU-SK", "periodCode", "GD1", "periodName", "Giai đoạn 1",
                "endsOn", "2026-12-31", "daysLeft", 14, "target", 12, "valid", 9, "missing", 3));
        assertEquals(JSON.valueToTree(map("unitCode", "LCH-PT", "programCode", "1TRIEU-SK", "periodCode", "GD1",
                "endsOn", "2026-12-31", "daysLeft", 14, "target", 12, "valid", 9, "missing", 3)), near.get("data"));
        assertEquals("units/LCH-PT", near.get("subject").asText());

        JsonNode overdue = sent(EventKind.DECISION_OVERDUE, 7L, 1042L, map("initiativeId", 1042, "title", "Bể lọc nước",
                "receiptNumber", "LCH-PT-2026-0012", "programCode", "1TRIEU-SK", "status", "UNDER_REVIEW",
                "submittedOn", "2026-10-02", "waitingDays", 45, "allowedDays", 30, "unitCode", "LCH-PT"));
        assertEquals(45, overdue.get("data").get("waitingDays").asInt());
        assertEquals("initiatives/1042", overdue.get("subject").asText());

        JsonNode digest = sent(EventKind.WEEKLY_DIGEST, 7L, null, map("unitCode", "LCH", "unitName", "LĐLĐ huyện Phong Thổ",
                "unitPath", "/1/2/", "week", "2026-W49", "from", "2026-11-30", "submitted", 23, "recognised", 8, "waiting", 15,
                "unitsBelowTarget", 4));
        assertEquals(JSON.valueToTree(map("unitCode", "LCH", "week", "2026-W49", "from", "2026-11-30", "submitted", 23,
                "recognised", 8, "waiting", 15, "unitsBelowTarget", 4)), digest.get("data"));
    }
}
