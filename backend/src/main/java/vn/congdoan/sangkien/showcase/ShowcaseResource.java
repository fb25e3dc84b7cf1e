package vn.congdoan.sangkien.showcase;

import io.vertx.core.http.HttpServerResponse;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.common.paging.PageResult;
import vn.congdoan.sangkien.security.Roles;
import vn.congdoan.sangkien.showcase.ShowcaseDtos.Helped;
import vn.congdoan.sangkien.showcase.ShowcaseDtos.HelpedMark;
import vn.congdoan.sangkien.showcase.ShowcaseDtos.ShowcaseInitiative;
import vn.congdoan.sangkien.showcase.ShowcaseDtos.ShowcaseItem;

@Path("/api/v1/showcase")
@Tag(name = "Showcase", description = "Trang giới thiệu sáng kiến công khai / the public showcase of recognised initiatives")
public class ShowcaseResource {

    /** The public answers are the same for everyone (no caller in them), so browsers and proxies may keep them a minute. */
    private static final String PUBLIC_CACHE = "public, max-age=60";

    private final ShowcaseService service;

    public ShowcaseResource(ShowcaseService service) {
        this.service = service;
    }

    @GET
    @PermitAll
    @SecurityRequirements({})
    @Operation(summary = "Tìm sáng kiến được công bố / search the showcase",
            description = "Không cần đăng nhập. Sáng kiến đã công nhận (hoặc hợp lệ) mà tác giả đồng ý công bố, mới công nhận trước; tìm không dấu "
                    + "(\"may loc nuoc\" thấy \"Máy lọc nước\"). Giới hạn số yêu cầu mỗi phút theo địa chỉ. "
                    + "/ No sign-in. Recognised (or validated) initiatives whose authors agreed to publish them, newest recognised first; "
                    + "diacritics-insensitive search. Rate-limited per address.")
    @APIResponse(responseCode = "200", description = "Một trang sáng kiến / a page of initiatives")
    @ProblemResponses.BadRequest
    @ProblemResponses.Public
    public PageResult<ShowcaseItem> searchShowcase(@Valid @BeanParam ShowcaseQuery query, @Context HttpServerResponse response) {
        PageResult<ShowcaseItem> page = service.search(query);
        response.putHeader("Cache-Control", PUBLIC_CACHE);
        return page;
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirements({})
    @Operation(summary = "Xem sáng kiến được công bố / read a showcased initiative",
            description = "Không cần đăng nhập; 404 khi sáng kiến chưa được công nhận hoặc tác giả chưa đồng ý công bố. Chỉ phần công khai. "
                    + "/ No sign-in; 404 unless recognised and agreed to be published. The public part only.")
    @APIResponse(responseCode = "200", description = "Sáng kiến / the initiative")
    @ProblemResponses.NotFound
    @ProblemResponses.Public
    public ShowcaseInitiative getShowcaseInitiative(@PathParam("id") long id, @Context HttpServerResponse response) {
        ShowcaseInitiative initiative = service.get(id);
        response.putHeader("Cache-Control", PUBLIC_CACHE);
        return initiative;
    }

    @GET
    @Path("/{id}/helped")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER, Roles.EVALUATOR, Roles.REPORTER})
    @Operation(summary = "Lượt \"cũng giúp đơn vị tôi\" và lượt của tôi / the helped count and my mark")
    @APIResponse(responseCode = "200", description = "Số lượt và lượt của người gọi / the count and the caller's mark")
    @ProblemResponses.Lookup
    public Helped getShowcaseHelped(@PathParam("id") long id) {
        return service.helped(id);
    }

    @POST
    @Path("/{id}/helped")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER, Roles.EVALUATOR, Roles.REPORTER})
    @Operation(summary = "Sáng kiến này cũng giúp đơn vị tôi / this helped us too",
            description = "Một lượt mỗi người; gửi lại không tính thêm. / One mark per person; sending it again adds nothing.")
    @APIResponse(responseCode = "200", description = "Số lượt và lượt của người gọi / the count and the caller's mark")
    @ProblemResponses.Lookup
    public Helped markShowcaseHelped(@PathParam("id") long id,
            @RequestBody(required = false, description = "Có thể bỏ trống / may be left out") HelpedMark mark) {
        return service.mark(id);
    }

    @DELETE
    @Path("/{id}/helped")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER, Roles.EVALUATOR, Roles.REPORTER})
    @Operation(summary = "Rút lượt \"cũng giúp đơn vị tôi\" / withdraw my mark",
            description = "Không có lượt thì không đổi gì. / Nothing changes without a mark.")
    @APIResponse(responseCode = "200", description = "Số lượt và lượt của người gọi / the count and the caller's mark")
    @ProblemResponses.Lookup
    public Helped unmarkShowcaseHelped(@PathParam("id") long id) {
        return service.unmark(id);
    }
}
