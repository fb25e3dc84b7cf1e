package vn.congdoan.sangkien.webhook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.common.paging.PageRequest;
import vn.congdoan.sangkien.common.paging.PageResult;
import vn.congdoan.sangkien.security.Roles;
import vn.congdoan.sangkien.webhook.WebhookDtos.DeliveryView;
import vn.congdoan.sangkien.webhook.WebhookDtos.ReplayRequest;
import vn.congdoan.sangkien.webhook.WebhookDtos.SubscriptionCreated;
import vn.congdoan.sangkien.webhook.WebhookDtos.SubscriptionView;
import vn.congdoan.sangkien.webhook.WebhookDtos.SubscriptionWrite;

import java.util.List;

@Path("/api/v1/webhooks")
@Tag(name = "Webhooks", description = "Sự kiện gửi đến hệ thống tích hợp (CloudEvents, ký HMAC-SHA256; xem docs/webhooks.md) "
        + "/ events pushed to integrators (CloudEvents, HMAC-SHA256 signed; see docs/webhooks.md)")
@RolesAllowed({Roles.ADMIN, Roles.REPORTER})
public class WebhookResource {

    private final WebhookService service;

    public WebhookResource(WebhookService service) {
        this.service = service;
    }

    @GET
    @Path("/subscriptions")
    @Operation(summary = "Các đăng ký webhook / webhook subscriptions",
            description = "Quản trị viên thấy mọi đăng ký; tài khoản tích hợp (reporter) chỉ thấy của mình "
                    + "/ admins see every subscription; an integrator account (reporter) only its own")
    @APIResponse(responseCode = "200", description = "Các đăng ký, không kèm khóa bí mật / the subscriptions, without secrets")
    @ProblemResponses.Secured
    public List<SubscriptionView> listWebhookSubscriptions() {
        return service.list();
    }

    @POST
    @Path("/subscriptions")
    @Operation(summary = "Đăng ký nhận sự kiện / register a webhook subscription",
            description = "Máy chủ sinh khóa bí mật và chỉ trả về một lần, trong câu trả lời này; địa chỉ http(s) tuyệt đối, "
                    + "loại sự kiện theo tên (EventKind) / the server makes the secret and shows it once, in this answer; "
                    + "an absolute http(s) URL, event kinds by name (EventKind)")
    @APIResponse(responseCode = "201", description = "Đã tạo, kèm khóa bí mật / created, with its secret",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SubscriptionCreated.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Secured
    public Response createWebhookSubscription(@Valid @NotNull SubscriptionWrite request, @Context UriInfo uri) {
        SubscriptionCreated created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.subscription().id())).build())
                .entity(created).build();
    }

    @GET
    @Path("/subscriptions/{id}")
    @Operation(summary = "Một đăng ký webhook / one webhook subscription")
    @APIResponse(responseCode = "200", description = "Đăng ký, không kèm khóa bí mật / the subscription, without its secret")
    @ProblemResponses.Lookup
    public SubscriptionView getWebhookSubscription(@PathParam("id") long id) {
        return service.get(id);
    }

    @PUT
    @Path("/subscriptions/{id}")
    @Operation(summary = "Sửa đăng ký webhook / update a webhook subscription",
            description = "Tên, địa chỉ, loại sự kiện, đang nhận hay tạm dừng; khóa bí mật giữ nguyên; cần phiên bản đã đọc "
                    + "/ name, URL, event kinds, active or paused; the secret stays; needs the version read")
    @APIResponse(responseCode = "200", description = "Đã sửa / updated")
    @ProblemResponses.Write
    public SubscriptionView updateWebhookSubscription(@PathParam("id") long id, @Valid @NotNull SubscriptionWrite request) {
        return service.update(id, request);
    }

    @DELETE
    @Path("/subscriptions/{id}")
    @Operation(summary = "Xóa đăng ký webhook / delete a webhook subscription",
            description = "Xóa cả các lần gửi và nhật ký của nó / its deliveries and their log go with it")
    @APIResponse(responseCode = "204", description = "Đã xóa / deleted")
    @ProblemResponses.Lookup
    public void deleteWebhookSubscription(@PathParam("id") long id) {
        service.delete(id);
    }

    @GET
    @Path("/subscriptions/{id}/deliveries")
    @Operation(summary = "Nhật ký gửi của một đăng ký / a subscription's delivery log",
            description = "Mới nhất trước; mỗi sự kiện một dòng với từng lần gửi (cả gửi lại) "
                    + "/ newest first; one row per event with each try (replays too)")
    @APIResponse(responseCode = "200", description = "Một trang / one page")
    @ProblemResponses.Query
    public PageResult<DeliveryView> listWebhookDeliveries(@PathParam("id") long id, @Valid @BeanParam PageRequest page) {
        return service.deliveries(id, page);
    }

    @POST
    @Path("/deliveries/{id}/replay")
    @Operation(summary = "Gửi lại một sự kiện / replay a delivery",
            description = "Gửi lại ngay, cùng mã sự kiện (webhook-id) và nội dung, chữ ký mới, dù đã gửi được hay đã thất bại; "
                    + "ghi vào nhật ký là gửi lại / sends again now with the same event id (webhook-id) and body and a fresh "
                    + "signature, whether delivered or failed; logged as a replay")
    @APIResponse(responseCode = "200", description = "Lần gửi, với kết quả lần gửi lại / the delivery, with the replay's outcome")
    @ProblemResponses.Write
    public DeliveryView replayWebhookDelivery(@PathParam("id") long id, @Valid ReplayRequest request) {
        return service.replay(id, request == null ? null : request.note());
    }
}
