package vn.congdoan.sangkien.quota;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.quota.QuotaDtos.OwnTargets;
import vn.congdoan.sangkien.quota.QuotaDtos.QuotaAllocation;
import vn.congdoan.sangkien.quota.QuotaDtos.QuotaChanges;
import vn.congdoan.sangkien.quota.QuotaDtos.QuotaTable;
import jakarta.ws.rs.DefaultValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import vn.congdoan.sangkien.security.Roles;

@Path("/api/v1/programs/{code}/quotas")
@Tag(name = "Quotas", description = "Chỉ tiêu / targets")
public class QuotaResource {

    private final QuotaService service;

    public QuotaResource(QuotaService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Bảng chỉ tiêu / the quota table",
            description = "Chỉ tiêu của một đơn vị và các đơn vị trực thuộc theo từng giai đoạn; mặc định là đơn vị đứng đầu chương trình. "
                    + "/ A unit's targets and its direct children's, by period; by default the unit at the top of the programme.")
    @APIResponse(responseCode = "200", description = "Bảng chỉ tiêu / the table")
    @ProblemResponses.Lookup
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.REPORTER})
    public QuotaTable quotaTable(@PathParam("code") String code,
                            @QueryParam("unit") @Parameter(description = "Mã đơn vị / unit code", example = "LCH") String unit) {
        return service.table(code, unit);
    }

    @GET
    @Path("/changes")
    @Operation(summary = "Thay đổi chỉ tiêu, cho bản sao / the quotas' changes, for a mirror",
            description = "Lần đầu không có since: toàn bộ; sau đó since = next của lần trước: chỉ những gì đã đổi, kể cả chỉ tiêu đã bỏ (removed). "
                    + "Hướng dẫn: docs/integration.md / First without since: everything; then since = the last answer's next: only what changed, "
                    + "removed targets included (removed). Guide: docs/integration.md")
    @APIResponse(responseCode = "200", description = "Một trang thay đổi / one page of changes")
    @ProblemResponses.Query
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.REPORTER})
    public QuotaChanges quotaChanges(@PathParam("code") String code,
            @QueryParam("root") @Parameter(description = "Trong cây con của đơn vị này; mặc định đơn vị đứng đầu chương trình "
                    + "/ inside this unit's subtree; default the programme's top unit", example = "LCH") String root,
            @QueryParam("since") @Parameter(description = "next của lần gọi trước / the previous answer's next") String since,
            @QueryParam("size") @DefaultValue("1000") @Min(1) @Max(10000) @Parameter(description = "1–10.000") int size) {
        return service.changes(code, root, since, size);
    }

    @PUT
    @Path("/{unitCode}/allocation")
    @Operation(summary = "Phân bổ chỉ tiêu cho đơn vị trực thuộc / allocate to the direct children",
            description = "Thay toàn bộ phân bổ trong một lần. Bị từ chối (409) khi tổng các đơn vị con khác (hoặc vượt, tùy quy tắc chương trình) "
                    + "chỉ tiêu của đơn vị cha (phân bổ rỗng cũng vậy: với MUST_EQUAL chỉ khi chỉ tiêu cha bằng 0), khi chỉ tiêu các năm không "
                    + "cộng đúng chỉ tiêu giai đoạn, hoặc khi một đơn vị con không còn khớp với phần nó đã phân bổ tiếp cho cấp dưới. "
                    + "/ Replaces the whole allocation at once. Refused (409) when the children do not add up to (or exceed, per the "
                    + "programme's rule) the parent's quota (an empty allocation too: under MUST_EQUAL only while the parent's targets are 0), "
                    + "when a row's yearly targets do not add up to its phase total, or when a child would no longer fit what it has "
                    + "already allocated to its own children (quota-allocated-below).")
    @APIResponse(responseCode = "200", description = "Bảng chỉ tiêu sau khi phân bổ / the table after the allocation")
    @ProblemResponses.Write
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
    public QuotaTable allocate(@PathParam("code") String code, @PathParam("unitCode") String unitCode,
                               @Valid QuotaAllocation request) {
        return service.allocate(code, unitCode, request);
    }

    @PUT
    @Path("/{unitCode}")
    @Operation(summary = "Đặt chỉ tiêu của đơn vị đứng đầu / set the top unit's own targets",
            description = "Chỉ cho đơn vị mà đơn vị cha không có chỉ tiêu trong chương trình; các đơn vị khác nhận chỉ tiêu qua phân bổ. "
                    + "Bị từ chối (409) khi chỉ tiêu mới không còn khớp với phần đã phân bổ cho các đơn vị trực thuộc. "
                    + "/ Only for a unit whose parent holds no quota in the programme; the others get theirs through an allocation. "
                    + "Refused (409) when the new targets would no longer fit what is already allocated to its children.")
    @APIResponse(responseCode = "200", description = "Bảng chỉ tiêu của đơn vị / the unit's quota table")
    @ProblemResponses.Write
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER})
    public QuotaTable setOwnTargets(@PathParam("code") String code, @PathParam("unitCode") String unitCode,
                                    @Valid OwnTargets request) {
        return service.setOwnTargets(code, unitCode, request);
    }
}
