package vn.congdoan.sangkien.notification;

import com.fasterxml.jackson.databind.JsonNode;
import vn.congdoan.sangkien.common.text.VietnameseFormats;
import vn.congdoan.sangkien.outbox.OutboxEvent;

import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;

/**
 * What a notification says, in Vietnamese and in English, and where it leads in the web app: the one home of these
 * texts (the bell shows them, the mail sends them).
 */
final class NotificationTexts {

    private NotificationTexts() {
    }

    record Text(String title, String titleEn, String link) {
    }

    static Text of(OutboxEvent event) {
        String title = quoted(event.text("title"));
        String unit = event.text("unitName");
        String dossier = event.initiativeId() == null ? null : "/initiatives/" + event.initiativeId();
        return switch (event.kind()) {
            case DOSSIER_SUBMITTED -> new Text(
                    "Hồ sơ " + title + " của " + unit + " đã được nộp" + receipt(event, " (số tiếp nhận ", ")"),
                    "Dossier " + title + " of " + unit + " was submitted" + receipt(event, " (receipt ", ")"), dossier);
            case DOSSIER_RETURNED -> new Text(
                    "Hồ sơ " + title + " được trả lại để bổ sung" + reason(event),
                    "Dossier " + title + " was returned for more information" + reason(event), dossier);
            case EVALUATOR_ASSIGNED -> new Text(
                    "Bạn được phân công chấm hồ sơ " + title + " của " + unit,
                    "You were assigned to evaluate dossier " + title + " of " + unit, "/review/" + event.initiativeId());
            case DOSSIER_SCORED -> new Text(
                    event.text("evaluator") + " đã chấm hồ sơ " + title,
                    event.text("evaluator") + " scored dossier " + title, dossier);
            case DOSSIER_RECOGNISED -> new Text(
                    "Hồ sơ " + title + " đã được công nhận là sáng kiến",
                    "Dossier " + title + " was recognised as an initiative", dossier);
            case DOSSIER_REFUSED -> new Text(
                    "Hồ sơ " + title + " không được công nhận" + reason(event),
                    "Dossier " + title + " was not recognised" + reason(event), dossier);
            case DOSSIER_VALIDATED -> new Text(
                    "Sáng kiến " + title + " đã được xác nhận và được tính vào chỉ tiêu",
                    "Initiative " + title + " was validated and counts toward the targets", dossier);
            case QUOTA_CHANGED -> new Text(
                    "Chỉ tiêu của " + unit + " trong chương trình " + event.text("programCode") + " đã thay đổi: "
                            + targets(event.data().get("targets")),
                    "The targets of " + unit + " in programme " + event.text("programCode") + " changed: "
                            + targets(event.data().get("targets")),
                    "/quotas");
            case IMPORT_COMMITTED -> new Text(
                    "Đã nhập " + number(event, "imported") + " sáng kiến từ tệp" + file(event) + " (lô " + event.text("batchId")
                            + "; bỏ qua " + number(event, "skipped") + ", từ chối " + number(event, "rejected") + ")",
                    "Imported " + number(event, "imported") + " initiatives from file" + file(event) + " (batch "
                            + event.text("batchId") + "; skipped " + number(event, "skipped") + ", rejected "
                            + number(event, "rejected") + ")",
                    "/imports");
            case DEADLINE_NEAR -> new Text(
                    "Còn " + event.text("daysLeft") + " ngày đến hạn " + day(event, "endsOn") + " của " + event.text("periodName")
                            + ": " + unit + " có " + number(event, "valid") + "/" + number(event, "target")
                            + " sáng kiến, còn thiếu " + number(event, "missing"),
                    event.text("daysLeft") + " days to the cut-off on " + day(event, "endsOn") + " (" + event.text("periodName")
                            + "): " + unit + " has " + number(event, "valid") + " of " + number(event, "target")
                            + " initiatives, " + number(event, "missing") + " missing",
                    "/reports/progress");
            case DECISION_OVERDUE -> new Text(
                    "Hồ sơ " + title + " đã chờ quyết định " + event.text("waitingDays") + " ngày (quy định "
                            + event.text("allowedDays") + " ngày)",
                    "Dossier " + title + " has waited " + event.text("waitingDays") + " days for a decision (the rules allow "
                            + event.text("allowedDays") + ")", dossier);
            case WEEKLY_DIGEST -> new Text(
                    "Tổng hợp tuần của " + unit + ": " + number(event, "submitted") + " hồ sơ mới nộp, "
                            + number(event, "recognised") + " được công nhận, " + number(event, "waiting") + " đang chờ quyết định, "
                            + number(event, "unitsBelowTarget") + " đơn vị chưa đạt chỉ tiêu",
                    "Weekly digest for " + unit + ": " + number(event, "submitted") + " dossiers submitted, "
                            + number(event, "recognised") + " recognised, " + number(event, "waiting") + " waiting for a decision, "
                            + number(event, "unitsBelowTarget") + " units below their target",
                    "/reports/progress");
        };
    }

    private static String quoted(String title) {
        return title == null ? "" : "“" + title + "”";
    }

    private static String receipt(OutboxEvent event, String before, String after) {
        String number = event.text("receiptNumber");
        return number == null ? "" : before + number + after;
    }

    private static String reason(OutboxEvent event) {
        String reason = event.text("reason");
        return reason == null ? "" : ": " + reason;
    }

    private static String file(OutboxEvent event) {
        String name = event.text("fileName");
        return name == null ? "" : " " + name;
    }

    private static String number(OutboxEvent event, String field) {
        JsonNode value = event.data().get(field);
        return value == null || value.isNull() ? "0" : VietnameseFormats.number(value.asLong());
    }

    private static String day(OutboxEvent event, String field) {
        String value = event.text(field);
        return value == null ? "" : VietnameseFormats.date(LocalDate.parse(value));
    }

    /** {"GD1": 2300, "GD2": 1200} → "GD1 2.300, GD2 1.200"; none: "—". */
    private static String targets(JsonNode targets) {
        if (targets == null || targets.isEmpty()) {
            return "—";
        }
        StringJoiner joined = new StringJoiner(", ");
        for (Iterator<Map.Entry<String, JsonNode>> it = targets.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            joined.add(entry.getKey() + " " + VietnameseFormats.number(entry.getValue().asLong()));
        }
        return joined.toString();
    }
}
