package vn.congdoan.sangkien.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
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
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.common.paging.PageRequest;
import vn.congdoan.sangkien.common.paging.PageResult;
import vn.congdoan.sangkien.security.Roles;
import vn.congdoan.sangkien.unit.UnitDtos.UnitChanges;
import vn.congdoan.sangkien.unit.UnitDtos.UnitCreate;
import vn.congdoan.sangkien.unit.UnitDtos.UnitNode;
import vn.congdoan.sangkien.unit.UnitDtos.UnitUpdate;
import vn.congdoan.sangkien.unit.UnitDtos.UnitView;

import java.time.LocalDate;

@Path("/api/v1/units")
@Tag(name = "Units", description = "Đơn vị công đoàn / union units")
public class UnitResource {

    private final UnitService service;

    public UnitResource(UnitService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Tìm đơn vị / search units", description = "Tìm không dấu theo tên hoặc mã / diacritics-insensitive search on name or code")
    @APIResponse(responseCode = "200", description = "Một trang đơn vị / a page of units")
    @ProblemResponses.BadRequest
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.EVALUATOR, Roles.REPORTER})
    @ProblemResponses.Secured
    public PageResult<UnitView> searchUnits(
            @QueryParam("q") @Parameter(description = "Từ khóa, có dấu hoặc không / words, with or without diacritics", example = "phong tho") String q,
            @QueryParam("type") UnitType type,
            @QueryParam("parent") @Parameter(description = "Chỉ con trực tiếp của đơn vị này / direct children of this unit") String parent,
            @QueryParam("within") @Parameter(description = "Trong cây con của đơn vị này / inside this unit's subtree") String within,
            @QueryParam("activeOn") @Parameter(description = "Còn hiệu lực vào ngày / valid on this day", example = "2022-05-31") LocalDate activeOn,
            @Valid @BeanParam PageRequest page) {
        return service.search(q, type, parent, within, activeOn, page);
    }

    @GET
    @Path("/changes")
    @Operation(summary = "Thay đổi của cây đơn vị, cho bản sao / the unit tree's changes, for a mirror",
            description = "Lần đầu không có since: toàn bộ; sau đó since = next của lần trước. Đơn vị không bị xóa; đơn vị đã đóng có validTo. "
                    + "Hướng dẫn: docs/integration.md / First without since: everything; then since = the last answer's next. Units are never "
                    + "deleted; a closed one carries validTo. Guide: docs/integration.md")
    @APIResponse(responseCode = "200", description = "Một trang thay đổi / one page of changes")
    @ProblemResponses.Query
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.REPORTER})
    public UnitChanges unitChanges(
            @QueryParam("within") @Parameter(description = "Trong cây con của đơn vị này / inside this unit's subtree", example = "LCH") String within,
            @QueryParam("since") @Parameter(description = "next của lần gọi trước / the previous answer's next") String since,
            @QueryParam("size") @DefaultValue("1000") @Min(1) @Max(10000) @Parameter(description = "1–10.000") int size) {
        return service.changes(within, since, size);
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Xem một đơn vị / read one unit")
    @APIResponse(responseCode = "200", description = "Đơn vị / the unit")
    @ProblemResponses.Lookup
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.EVALUATOR, Roles.REPORTER})
    public UnitView getUnit(@PathParam("code") String code) {
        return service.get(code);
    }

    @GET
    @Path("/{code}/tree")
    @Operation(summary = "Cây đơn vị trực thuộc / the unit's subtree", description = "Các đơn vị còn hiệu lực, sắp xếp theo tên tiếng Việt / units valid on the day, in Vietnamese name order")
    @APIResponse(responseCode = "200", description = "Cây đơn vị / the tree")
    @ProblemResponses.Query
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.EVALUATOR, Roles.REPORTER})
    public UnitNode unitTree(@PathParam("code") String code,
                         @QueryParam("depth") @DefaultValue("1") @Min(1) @Max(6) @Parameter(description = "Số cấp bên dưới / levels below") int depth,
                         @QueryParam("activeOn") @Parameter(description = "Mặc định hôm nay / default today") LocalDate activeOn) {
        return service.tree(code, depth, activeOn);
    }

    @POST
    @Operation(summary = "Tạo đơn vị / create a unit",
            description = "Cán bộ tạo đơn vị dưới đơn vị của mình (đơn vị cha phải thuộc phạm vi của mình) "
                    + "/ officers create units below their own (the parent must be within their scope)")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UnitView.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
    @ProblemResponses.Secured
    public Response createUnit(@Valid UnitCreate request, @Context UriInfo uri) {
        UnitView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @Operation(summary = "Sửa đơn vị / update a unit", description = "Gửi kèm version đã đọc; nếu người khác đã sửa trước sẽ nhận 409. Đổi tên, chuyển (trong phạm vi của mình) hoặc "
                    + "đóng (validTo, không bao giờ xóa) các đơn vị dưới đơn vị của mình; đơn vị của mình và cấp trên: 403 "
                    + "/ send the version you read; 409 if someone changed it meanwhile. Rename, move (within your scope) or close "
                    + "(validTo, never deleted) the units below your own; your own unit and those above: 403")
    @APIResponse(responseCode = "200", description = "Đã sửa / updated")
    @ProblemResponses.Write
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
    public UnitView updateUnit(@PathParam("code") String code, @Valid UnitUpdate request) {
        return service.update(code, request);
    }
}
