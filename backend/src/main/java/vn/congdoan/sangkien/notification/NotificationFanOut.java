package vn.congdoan.sangkien.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.result.RowView;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.notification.NotificationTexts.Text;
import vn.congdoan.sangkien.outbox.EventConsumer;
import vn.congdoan.sangkien.outbox.OutboxEvent;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Each event becomes one notification per person it concerns (unique per event and person: a second fan-out of the
 * same event adds none) and, for those who want it and whose address is known, one mail to send
 * (notification.mail.MailSender sends it after commit).
 */
@ApplicationScoped
public class NotificationFanOut implements EventConsumer {

    private static final String INSERT = SqlFiles.of(NotificationFanOut.class, "insert-notification");
    private static final String MAIL = SqlFiles.of(NotificationFanOut.class, "insert-mail");
    private static final String ADDRESSES = SqlFiles.of(NotificationFanOut.class, "addresses");

    @Override
    public void consume(Handle handle, List<OutboxEvent> events) {
        OffsetDateTime now = Timestamps.now();
        for (OutboxEvent event : events) {
            Set<String> people = Recipients.of(handle, event);
            if (people.isEmpty()) {
                continue;
            }
            Text text = NotificationTexts.of(event);
            Map<String, String> addresses = addresses(handle, event, people);
            for (String person : people) {
                Optional<Long> created = handle.createQuery(INSERT)
                        .bind("eventId", event.id()).bind("recipient", person).bind("kind", event.kind().name())
                        .bind("title", text.title()).bind("titleEn", text.titleEn()).bind("link", text.link())
                        .bind("createdAt", now)
                        .mapTo(Long.class).findOne();
                String address = addresses.get(person);
                if (created.isPresent() && address != null) {
                    handle.createUpdate(MAIL).bind("id", UUID.randomUUID()).bind("notificationId", created.get())
                            .bind("address", address).bind("now", now).execute();
                }
            }
        }
    }

    /** The mail address of each person who wants this kind by mail (their choice, else the kind's default). */
    private static Map<String, String> addresses(Handle handle, OutboxEvent event, Set<String> people) {
        Map<String, String> addresses = new HashMap<>();
        handle.createQuery(ADDRESSES).bind("names", people.toArray(String[]::new))
                .bind("kind", event.kind().name()).bind("byDefault", NotificationKinds.emailByDefault(event.kind()))
                .map((RowView row) -> Map.entry(row.getColumn("username", String.class), row.getColumn("email", String.class)))
                .forEach(entry -> addresses.put(entry.getKey(), entry.getValue()));
        return addresses;
    }
}
