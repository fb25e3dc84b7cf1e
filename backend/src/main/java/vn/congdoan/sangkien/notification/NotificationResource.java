package vn.congdoan.sangkien.notification;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.notification.NotificationDtos.NotificationList;
import vn.congdoan.sangkien.notification.NotificationDtos.NotificationUpdate;
import vn.congdoan.sangkien.notification.NotificationDtos.NotificationView;
import vn.congdoan.sangkien.notification.NotificationDtos.ReadAll;
import vn.congdoan.sangkien.notification.NotificationDtos.Preferences;
import vn.congdoan.sangkien.notification.NotificationDtos.UnreadCount;
import vn.congdoan.sangkien.security.Roles;

@Path("/api/v1/notifications")
@Tag(name = "Notifications", description = "Thông báo của người dùng: mỗi người chỉ thấy của mình "
        + "/ the user's notifications: each person sees only their own")
@RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.EVALUATOR, Roles.MEMBER, Roles.REPORTER})
public class NotificationResource {

    private final NotificationService service;

    public NotificationResource(NotificationService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Thông báo của tôi, mới nhất trước / my notifications, newest first")
    @APIResponse(responseCode = "200", description = "Thông báo / notifications")
    @ProblemResponses.BadRequest
    @ProblemResponses.Secured
    public NotificationList listNotifications(
            @QueryParam("before") @Min(1) @Parameter(description = "Chỉ những thông báo cũ hơn id này (trang sau) "
                    + "/ only those older than this id (the next page)") Long before,
            @QueryParam("unreadOnly") @DefaultValue("false") @Parameter(description = "Chỉ thông báo chưa đọc / unread only")
            boolean unreadOnly,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) @Parameter(description = "Số thông báo (1–100) / how many")
            int size) {
        return service.list(before, unreadOnly, size);
    }

    @GET
    @Path("/unread-count")
    @Operation(summary = "Số thông báo chưa đọc / how many are unread",
            description = "Nhẹ, để hỏi định kỳ / light, for polling")
    @APIResponse(responseCode = "200", description = "Số chưa đọc / the unread count")
    @ProblemResponses.Secured
    public UnreadCount unreadNotificationCount() {
        return new UnreadCount(service.unreadCount());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Đánh dấu đã đọc hoặc chưa đọc / mark as read or unread")
    @APIResponse(responseCode = "200", description = "Thông báo / the notification")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Secured
    public NotificationView updateNotification(@PathParam("id") long id, @Valid @NotNull NotificationUpdate request) {
        return service.mark(id, request.read());
    }

    @POST
    @Path("/read-all")
    @Operation(summary = "Đánh dấu đã đọc đến thông báo đã thấy / mark read up to the newest seen")
    @APIResponse(responseCode = "200", description = "Số còn chưa đọc / how many are still unread")
    @ProblemResponses.BadRequest
    @ProblemResponses.Secured
    public UnreadCount markAllNotificationsRead(@Valid @NotNull ReadAll request) {
        return new UnreadCount(service.markAllRead(request.upTo()));
    }

    @GET
    @Path("/preferences")
    @Operation(summary = "Loại thông báo nào gửi cả thư điện tử / which kinds also come by email")
    @APIResponse(responseCode = "200", description = "Lựa chọn theo từng loại / the choice per kind")
    @ProblemResponses.Secured
    public Preferences notificationPreferences() {
        return service.preferences();
    }

    @PUT
    @Path("/preferences")
    @Operation(summary = "Chọn loại thông báo gửi cả thư điện tử / choose which kinds also come by email",
            description = "Chỉ các loại được gửi thay đổi / only the kinds sent change")
    @APIResponse(responseCode = "200", description = "Lựa chọn theo từng loại / the choice per kind")
    @ProblemResponses.BadRequest
    @ProblemResponses.Secured
    public Preferences saveNotificationPreferences(@Valid @NotNull Preferences request) {
        return service.savePreferences(request);
    }
}
