package vn.congdoan.sangkien.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.outbox.EventKind;

import java.time.OffsetDateTime;
import java.util.List;

public final class NotificationDtos {

    private NotificationDtos() {
    }

    @Schema(name = "Notification", description = "Một thông báo / one notification")
    public record NotificationView(
            @Schema(examples = "42") long id,
            EventKind kind,
            @Schema(description = "Nội dung tiếng Việt / the text in Vietnamese",
                    examples = "Bạn được phân công chấm hồ sơ “Máy tách hạt” của Công đoàn huyện Phong Thổ") String title,
            @Schema(description = "Nội dung tiếng Anh / the text in English") String titleEn,
            @Schema(description = "Đường dẫn trong ứng dụng / where it leads in the web app", examples = "/review/17",
                    nullable = true) String link,
            OffsetDateTime createdAt,
            boolean read) {
    }

    @Schema(name = "NotificationList", description = "Thông báo, mới nhất trước / notifications, newest first")
    public record NotificationList(
            List<NotificationView> items,
            @Schema(description = "Số thông báo chưa đọc / unread notifications", examples = "3") long unreadCount,
            @Schema(description = "Trang sau: gửi lại làm ?before= ; null khi hết / the next page's ?before=, null at the end",
                    nullable = true, examples = "23") Long nextBefore) {
    }

    @Schema(name = "UnreadCount")
    public record UnreadCount(@Schema(description = "Số thông báo chưa đọc / unread notifications", examples = "3") long unreadCount) {
    }

    @Schema(name = "NotificationUpdate")
    public record NotificationUpdate(
            @NotNull @Schema(description = "Đã đọc hay chưa / read or unread", examples = "true") Boolean read) {
    }

    @Schema(name = "ReadAll", description = "Đánh dấu đã đọc mọi thông báo đến id này (thông báo mới nhất người dùng đã thấy), "
            + "không đụng đến thông báo đến sau / marks read every notification up to this id (the newest the user saw), "
            + "not those that came after")
    public record ReadAll(@NotNull @Min(1) @Schema(examples = "42") Long upTo) {
    }

    @Schema(name = "NotificationPreference", description = "Có nhận thư điện tử cho loại thông báo này không "
            + "/ whether this kind of notification also comes by email")
    public record Preference(@NotNull EventKind kind, @NotNull @Schema(examples = "false") Boolean email) {
    }

    @Schema(name = "NotificationPreferences", examples = "{\"preferences\": [{\"kind\": \"DOSSIER_SCORED\", \"email\": true}]}")
    public record Preferences(@NotNull @Size(max = 50) List<@Valid @NotNull Preference> preferences) {
    }
}
