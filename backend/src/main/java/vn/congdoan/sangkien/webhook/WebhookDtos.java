package vn.congdoan.sangkien.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the webhook API takes and returns. */
public final class WebhookDtos {

    private WebhookDtos() {
    }

    @Schema(name = "WebhookSubscriptionWrite", description = "Đăng ký nhận sự kiện qua webhook / a webhook subscription as written")
    public record SubscriptionWrite(
            @NotBlank @Size(max = 200) @Schema(examples = "Hệ thống báo cáo Tổng Liên đoàn") String name,
            @NotBlank @Size(max = 2000) @Schema(description = "Địa chỉ nhận, http hoặc https, tuyệt đối / the receiver's absolute http(s) URL",
                    examples = "https://baocao.congdoan.vn/hooks/sangkien") String url,
            @NotNull @NotEmpty @Size(max = 50) @Schema(description = "Loại sự kiện (EventKind) / event kinds",
                    examples = "[\"DOSSIER_SUBMITTED\", \"DOSSIER_RECOGNISED\"]") List<@NotBlank String> eventKinds,
            @Schema(description = "Đang nhận; mặc định có / receiving; default true", examples = "true") Boolean active,
            @Schema(description = "Phiên bản đã đọc; bắt buộc khi sửa / the version read; required on update", examples = "0") Long version) {
    }

    @Schema(name = "WebhookSubscription", description = "Đăng ký nhận sự kiện qua webhook (không có khóa bí mật) / a webhook subscription (without its secret)")
    public record SubscriptionView(
            @Schema(examples = "7") long id,
            @Schema(examples = "Hệ thống báo cáo Tổng Liên đoàn") String name,
            @Schema(examples = "https://baocao.congdoan.vn/hooks/sangkien") String url,
            @Schema(examples = "[\"DOSSIER_SUBMITTED\", \"DOSSIER_RECOGNISED\"]") List<String> eventKinds,
            @Schema(examples = "true") boolean active,
            @Schema(description = "Tài khoản tích hợp quản lý đăng ký này; trống nếu quản trị viên lập / the integrator account managing it; absent when an admin made it",
                    examples = "service-account-reporting") String owner,
            @Schema(examples = "admin") String createdBy,
            OffsetDateTime createdAt,
            OffsetDateTime updatedAt,
            @Schema(examples = "0") long version) {
    }

    @Schema(name = "WebhookSubscriptionCreated", description = "Đăng ký vừa tạo, kèm khóa bí mật: chỉ hiện lần này / the new subscription with its secret, shown this once")
    public record SubscriptionCreated(
            SubscriptionView subscription,
            @Schema(description = "Khóa ký HMAC-SHA256 (Standard Webhooks) / the HMAC-SHA256 signing secret (Standard Webhooks)",
                    examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret) {
    }

    @Schema(name = "WebhookAttempt", description = "Một lần gửi / one try")
    public record AttemptView(
            OffsetDateTime attemptedAt,
            @Schema(description = "Mã trạng thái HTTP của bên nhận; trống nếu không kết nối được / the receiver's HTTP status; absent when it could not be reached",
                    examples = "500") Integer statusCode,
            @Schema(examples = "HTTP 500") String error,
            @Schema(examples = "42") long durationMs,
            @Schema(description = "Gửi lại theo yêu cầu / a replay asked for", examples = "false") boolean replay,
            @Schema(examples = "admin") String replayedBy,
            @Schema(description = "Lý do gửi lại / why it was replayed", examples = "Bên nhận đã khôi phục sau sự cố") String note) {
    }

    @Schema(name = "WebhookDelivery", description = "Một sự kiện gửi đến một đăng ký, với từng lần gửi / one event for one subscription, with each try")
    public record DeliveryView(
            @Schema(examples = "1024") long id,
            @Schema(examples = "7") long subscriptionId,
            @Schema(description = "Mã sự kiện = CloudEvents id = webhook-id / the event id", examples = "0b6f8a5e-4a4f-4e4b-9a56-5f1f3c2b7d10") UUID eventId,
            @Schema(examples = "vn.congdoan.sangkien.dossier.submitted") String eventType,
            @Schema(enumeration = {"PENDING", "DELIVERED", "FAILED"}, examples = "DELIVERED") String status,
            @Schema(examples = "2") int attempts,
            OffsetDateTime nextAttemptAt,
            @Schema(examples = "200") Integer lastStatusCode,
            @Schema(examples = "HTTP 500") String lastError,
            OffsetDateTime deliveredAt,
            OffsetDateTime createdAt,
            List<AttemptView> tries) {
    }

    @Schema(name = "WebhookReplay", description = "Gửi lại một sự kiện / send an event again")
    public record ReplayRequest(
            @Size(max = 500) @Schema(description = "Lý do, ghi vào nhật ký / why, kept in the log", examples = "Bên nhận đã khôi phục sau sự cố") String note) {
    }
}
