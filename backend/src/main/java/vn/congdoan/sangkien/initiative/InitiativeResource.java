package vn.congdoan.sangkien.initiative;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.HttpCaching;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.common.paging.PageRequest;
import vn.congdoan.sangkien.common.paging.PageResult;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeSummary;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeView;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeWrite;
import vn.congdoan.sangkien.security.Roles;

@Path("/api/v1/initiatives")
@Tag(name = "Initiatives", description = "Hồ sơ sáng kiến / initiative dossiers")
public class InitiativeResource {

    private static final String IF_MATCH_HELP = "ETag của GET /initiatives/{id} đã đọc (bỏ qua W/); khác bản hiện tại: 412, không "
            + "lưu gì; thay cho version / the ETag of the GET /initiatives/{id} you read (W/ ignored); not the current one: 412, "
            + "nothing saved; instead of version";
    private static final String ETAG_EXAMPLE = "\"n4bQgYhMfWWaL-qgxVrQFaO_TxsrC4Is0V1sFbDwCgg\"";

    private final InitiativeService service;

    public InitiativeResource(InitiativeService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Tìm sáng kiến / search initiatives",
            description = "Tìm không dấu (\"sang kien nuoc sach\" thấy \"Sáng kiến … nước sạch\"), lọc theo đơn vị (cả cây con), giai đoạn, trạng thái, lĩnh vực, loại giải pháp. "
                    + "/ Diacritics-insensitive search with filters by unit subtree, period, status, field and solution type.")
    @APIResponse(responseCode = "200", description = "Một trang sáng kiến / a page of initiatives")
    @ProblemResponses.Query
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER, Roles.EVALUATOR})
    public PageResult<InitiativeSummary> searchInitiatives(@Valid @BeanParam InitiativeSearch search, @Valid @BeanParam PageRequest page,
            @QueryParam("cursor") @Parameter(description = "nextCursor của trang trước (cùng sort và bộ lọc): trang sau theo khóa, page bị bỏ qua "
                    + "/ the previous page's nextCursor (same sort and filters): the next page by key, page is ignored") String cursor) {
        return service.search(search, page, cursor);
    }

    @GET
    @Path("/similar")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER})
    @ProblemResponses.Secured
    @Operation(summary = "Tên sáng kiến gần giống / similar titles",
            description = "Để phát hiện trùng khi đang nhập: tối đa 5 tên gần nhất trong chương trình, trong phạm vi người dùng được xem. "
                    + "/ To catch duplicates while typing: up to 5 closest titles of the programme within the caller's scope.")
    @APIResponse(responseCode = "200", description = "Gần nhất trước / closest first")
    @ProblemResponses.NotFound
    public java.util.List<InitiativeDtos.SimilarInitiative> similarInitiatives(
            @QueryParam("program") @NotNull @Parameter(example = "1TRIEU-SK") String program,
            @QueryParam("title") @NotNull @jakarta.validation.constraints.Size(min = 3, max = 500) @Parameter(example = "loc nuoc sach") String title) {
        return service.similar(program, title);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Xem hồ sơ sáng kiến / read a dossier",
            description = "Có ETag (theo nội dung, mỗi người xem một ETag riêng nếu thấy khác) và Last-Modified (updatedAt): gửi lại trong "
                    + "If-None-Match / If-Modified-Since để nhận 304 khi không đổi; ETag dùng trong If-Match khi sửa. "
                    + "/ Carries an ETag (of the content: callers who see different views get different tags) and Last-Modified "
                    + "(updatedAt): send them back in If-None-Match / If-Modified-Since for a 304 while nothing changed; the ETag "
                    + "goes in If-Match to update.")
    @APIResponse(responseCode = "200", description = "Hồ sơ / the dossier")
    @ProblemResponses.Lookup
    @HttpCaching.ConditionalSince
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER, Roles.EVALUATOR})
    public InitiativeView getInitiative(@PathParam("id") long id) {
        return service.get(id);
    }

    @POST
    @Operation(summary = "Tạo hồ sơ nháp / create a draft dossier")
    @APIResponse(responseCode = "201", description = "Đã tạo, trạng thái DRAFT / created as DRAFT",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InitiativeView.class)))
    @ProblemResponses.BadRequest
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER})
    @ProblemResponses.Secured
    public Response createInitiative(@Valid @NotNull InitiativeWrite request, @Context UriInfo uri) {
        InitiativeView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(created.id())).build()).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Sửa hồ sơ / update a dossier",
            description = "Chỉ khi nháp hoặc bị trả lại; gửi kèm version đã đọc, hoặc header If-Match với ETag đã đọc (khi đó version "
                    + "không bắt buộc). / Only while DRAFT or RETURNED; send the version you read, or the header If-Match with the "
                    + "ETag you read (version is then optional).")
    @APIResponse(responseCode = "200", description = "Đã sửa / updated")
    @ProblemResponses.Write
    @ProblemResponses.PreconditionFailed
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER})
    public InitiativeView updateInitiative(@PathParam("id") long id, @Valid @NotNull InitiativeWrite request,
            @HeaderParam(HttpCaching.IF_MATCH) @Parameter(description = IF_MATCH_HELP, example = ETAG_EXAMPLE) String ifMatch) {
        return service.update(id, request, ifMatch);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Xóa hồ sơ nháp / delete a draft",
            description = "Gửi version đã đọc, hoặc header If-Match với ETag đã đọc. / Send the version you read, or the header "
                    + "If-Match with the ETag you read.")
    @APIResponse(responseCode = "204", description = "Đã xóa / deleted")
    @ProblemResponses.Write
    @ProblemResponses.PreconditionFailed
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER})
    public void deleteInitiative(@PathParam("id") long id,
                       @QueryParam("version") @Parameter(description = "version đã đọc; bắt buộc khi không có If-Match "
                               + "/ the version you read; required without If-Match") Long version,
                       @HeaderParam(HttpCaching.IF_MATCH) @Parameter(description = IF_MATCH_HELP, example = ETAG_EXAMPLE) String ifMatch) {
        service.delete(id, version, ifMatch);
    }
}
