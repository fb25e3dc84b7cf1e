package vn.congdoan.sangkien.unit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.security.Roles;
import vn.congdoan.sangkien.unit.UnitDtos.SupportTeamView;
import vn.congdoan.sangkien.unit.UnitDtos.SupportTeamWrite;

@Path("/api/v1/units/{code}/support-team")
@Tag(name = "Units", description = "Đơn vị công đoàn / union units")
public class SupportTeamResource {

    private final SupportTeamService service;

    public SupportTeamResource(SupportTeamService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
    @Operation(summary = "Tổ hỗ trợ sáng kiến của đơn vị / the unit's initiative support team",
            description = "Những tài khoản được lập hồ sơ thay cho đoàn viên của đơn vị, ngoài cán bộ "
                    + "/ the accounts that may file the unit's dossiers for its members, besides officers")
    @APIResponse(responseCode = "200", description = "Tổ hỗ trợ / the support team")
    @ProblemResponses.Lookup
    public SupportTeamView getSupportTeam(@PathParam("code") String code) {
        return service.get(code);
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
    @Operation(summary = "Thay thành viên tổ hỗ trợ / replace the support team's members",
            description = "Tên đăng nhập là tài khoản Keycloak của thành viên; cán bộ của đơn vị hoặc cấp trên "
                    + "/ usernames are the members' Keycloak accounts; officers of the unit or above")
    @APIResponse(responseCode = "200", description = "Tổ hỗ trợ / the support team")
    @ProblemResponses.Query
    public SupportTeamView replaceSupportTeam(@PathParam("code") String code, @Valid @NotNull SupportTeamWrite request) {
        return service.replace(code, request.members());
    }

    @DELETE
    @Path("/{username}")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
    @Operation(summary = "Bỏ một thành viên khỏi tổ hỗ trợ / remove one member from the support team")
    @APIResponse(responseCode = "204", description = "Đã bỏ / removed")
    @ProblemResponses.Lookup
    public void removeSupportTeamMember(@PathParam("code") String code, @PathParam("username") String username) {
        service.remove(code, username);
    }
}
