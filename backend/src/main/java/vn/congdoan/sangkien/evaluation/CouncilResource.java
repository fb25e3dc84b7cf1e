package vn.congdoan.sangkien.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.CouncilView;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.CouncilWrite;
import vn.congdoan.sangkien.security.Roles;

@Path("/api/v1/councils/{unitCode}")
@Tag(name = "Councils", description = "Hội đồng sáng kiến của đơn vị / a unit's initiative council")
public class CouncilResource {

    private final CouncilService service;

    public CouncilResource(CouncilService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
    @Operation(summary = "Thành viên hội đồng / the council's members")
    @APIResponse(responseCode = "200", description = "Hội đồng / the council")
    @ProblemResponses.Lookup
    public CouncilView getCouncil(@PathParam("unitCode") String unitCode) {
        return service.get(unitCode);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
    @Operation(summary = "Thay thành viên hội đồng / replace the council's members",
            description = "Tên đăng nhập là tài khoản Keycloak của giám khảo. / Usernames are the evaluators' Keycloak accounts.")
    @APIResponse(responseCode = "200", description = "Hội đồng / the council")
    @ProblemResponses.Query
    public CouncilView replaceCouncil(@PathParam("unitCode") String unitCode, @Valid @NotNull CouncilWrite request) {
        return service.replace(unitCode, request.members());
    }
}
