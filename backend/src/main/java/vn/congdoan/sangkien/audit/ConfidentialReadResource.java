package vn.congdoan.sangkien.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.audit.ConfidentialReads.ConfidentialRead;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.common.paging.PageRequest;
import vn.congdoan.sangkien.common.paging.PageResult;
import vn.congdoan.sangkien.security.Roles;
import vn.congdoan.sangkien.unit.UnitScope;
import vn.congdoan.sangkien.unit.UnitService;

@Path("/api/v1/confidential-reads")
@Tag(name = "Audit", description = "Nhật ký: ai đã xem phần bảo mật, ai đã sửa gì / audit: who read confidential parts, who changed what")
@RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER})
public class ConfidentialReadResource {

    private final ConfidentialReads reads;
    private final UnitService units;
    private final UnitScope scope;

    public ConfidentialReadResource(ConfidentialReads reads, UnitService units, UnitScope scope) {
        this.reads = reads;
        this.units = units;
        this.scope = scope;
    }

    @GET
    @Operation(summary = "Các lần xem phần bảo mật / reads of confidential parts",
            description = "Mới nhất trước, trong cây đơn vị của người hỏi; mọi lần xem của người không phải tác giả đều được ghi. "
                    + "/ Newest first, within the caller's subtree; every read by someone other than an author is recorded.")
    @APIResponse(responseCode = "200", description = "Một trang / one page")
    @ProblemResponses.Query
    public PageResult<ConfidentialRead> listConfidentialReads(
            @QueryParam("unit") @Parameter(description = "Trong cây con của đơn vị này (mặc định: của người hỏi) / within this unit's subtree (default: the caller's)", example = "LCH") String unit,
            @QueryParam("initiative") @Parameter(description = "Chỉ hồ sơ này / this dossier only", example = "1042") Long initiative,
            @Valid @BeanParam PageRequest page) {
        String rootPath = unit == null ? scope.pathPrefix() : units.require(unit).path;
        ConfidentialReads.Found found = reads.within(rootPath, initiative, page.page(), page.size());
        return PageResult.of(found.items(), page, found.total(), read -> read);
    }
}
