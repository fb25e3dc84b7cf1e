package vn.congdoan.sangkien.notification;

import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.result.RowView;
import org.jdbi.v3.core.mapper.RowMapper;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.notification.NotificationDtos.NotificationView;
import vn.congdoan.sangkien.notification.NotificationDtos.Preference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A person's notifications and mail choices. Every statement names the recipient: nobody reads another's. */
@ApplicationScoped
public class NotificationRepository {

    private static final String PAGE = SqlFiles.of(NotificationRepository.class, "page");
    private static final String UNREAD = SqlFiles.of(NotificationRepository.class, "unread-count");
    private static final String MARK = SqlFiles.of(NotificationRepository.class, "mark");
    private static final String MARK_ALL_READ = SqlFiles.of(NotificationRepository.class, "mark-all-read");
    private static final String PREFERENCES = SqlFiles.of(NotificationRepository.class, "preferences");
    private static final String SAVE_PREFERENCE = SqlFiles.of(NotificationRepository.class, "save-preference");
    private static final RowMapper<NotificationView> VIEW = RecordRows.of(NotificationView.class);

    private final Jdbi jdbi;

    public NotificationRepository(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** Newest first, those older than {@code before} (null: from the newest). */
    public List<NotificationView> page(String recipient, Long before, boolean unreadOnly, int size) {
        return jdbi.withHandle(handle -> handle.createQuery(PAGE).bind("recipient", recipient).bind("before", before)
                .bind("unreadOnly", unreadOnly).bind("size", size).map(VIEW).list());
    }

    public long unreadCount(String recipient) {
        return jdbi.withHandle(handle -> handle.createQuery(UNREAD).bind("recipient", recipient).mapTo(Long.class).one());
    }

    /** The notification marked read or unread; empty when the recipient has no such notification. */
    public Optional<NotificationView> mark(String recipient, long id, boolean read) {
        return jdbi.withHandle(handle -> handle.createQuery(MARK).bind("recipient", recipient).bind("id", id)
                .bind("read", read).bind("now", Timestamps.now()).map(VIEW).findOne());
    }

    /** Marks read the recipient's notifications up to {@code upTo}; those that came later stay unread. */
    public void markAllRead(String recipient, long upTo) {
        jdbi.useHandle(handle -> handle.createUpdate(MARK_ALL_READ).bind("recipient", recipient).bind("upTo", upTo)
                .bind("now", Timestamps.now()).execute());
    }

    /** The person's own choices, by kind name. */
    public Map<String, Boolean> preferences(String username) {
        Map<String, Boolean> chosen = new HashMap<>();
        jdbi.useHandle(handle -> handle.createQuery(PREFERENCES).bind("username", username)
                .map((RowView row) -> Map.entry(row.getColumn("kind", String.class), row.getColumn("email", Boolean.class)))
                .forEach(entry -> chosen.put(entry.getKey(), entry.getValue())));
        return chosen;
    }

    /** Saves the choices given (all or none: the caller's transaction). */
    public void savePreferences(String username, List<Preference> preferences) {
        jdbi.useHandle(handle -> preferences.forEach(preference -> handle.createUpdate(SAVE_PREFERENCE)
                .bind("username", username).bind("kind", preference.kind().name()).bind("email", preference.email())
                .execute()));
    }
}
