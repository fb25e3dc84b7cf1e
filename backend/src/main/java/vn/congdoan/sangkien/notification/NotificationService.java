package vn.congdoan.sangkien.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.notification.NotificationDtos.NotificationList;
import vn.congdoan.sangkien.notification.NotificationDtos.NotificationView;
import vn.congdoan.sangkien.notification.NotificationDtos.Preference;
import vn.congdoan.sangkien.notification.NotificationDtos.Preferences;
import vn.congdoan.sangkien.outbox.EventKind;
import vn.congdoan.sangkien.security.CurrentUser;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The caller's own notifications and mail choices: each person sees and changes only theirs. */
@ApplicationScoped
public class NotificationService {

    private final NotificationRepository notifications;
    private final CurrentUser user;

    public NotificationService(NotificationRepository notifications, CurrentUser user) {
        this.notifications = notifications;
        this.user = user;
    }

    public NotificationList list(Long before, boolean unreadOnly, int size) {
        // one more than asked: whether there is a next page, without counting them all
        List<NotificationView> items = notifications.page(user.username(), before, unreadOnly, size + 1);
        Long next = items.size() > size ? items.get(size - 1).id() : null;
        return new NotificationList(items.size() > size ? items.subList(0, size) : items,
                notifications.unreadCount(user.username()), next);
    }

    public long unreadCount() {
        return notifications.unreadCount(user.username());
    }

    /** 404 for a notification that is not the caller's, as for one that does not exist. */
    public NotificationView mark(long id, boolean read) {
        return notifications.mark(user.username(), id, read)
                .orElseThrow(() -> ApiException.notFound("notification", id));
    }

    /** @return how many stay unread (those that came after {@code upTo}) */
    public long markAllRead(long upTo) {
        notifications.markAllRead(user.username(), upTo);
        return notifications.unreadCount(user.username());
    }

    /** Every kind, with the caller's choice or the kind's default. */
    public Preferences preferences() {
        Map<String, Boolean> chosen = notifications.preferences(user.username());
        return new Preferences(Arrays.stream(EventKind.values())
                .map(kind -> new Preference(kind, chosen.getOrDefault(kind.name(), NotificationKinds.emailByDefault(kind))))
                .toList());
    }

    /** Saves the kinds given (the others keep their choice); a kind twice is refused. */
    @Transactional
    public Preferences savePreferences(Preferences request) {
        Set<EventKind> seen = new HashSet<>();
        for (int i = 0; i < request.preferences().size(); i++) {
            if (!seen.add(request.preferences().get(i).kind())) {
                throw ApiException.invalid(FieldProblem.of("preferences[" + i + "].kind", "UniqueKind",
                        request.preferences().get(i).kind()));
            }
        }
        notifications.savePreferences(user.username(), request.preferences());
        return preferences();
    }
}
