package vn.congdoan.sangkien.me;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.security.Roles;

@Path("/api/v1/me")
@Tag(name = "Me", description = "Người dùng hiện tại / the current user")
@Authenticated
public class MeResource {

    private final MeService service;

    public MeResource(MeService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Người dùng hiện tại và quyền / the current user and what they may do")
    @APIResponse(responseCode = "200", description = "Người dùng / the user")
    @ProblemResponses.Unauthorized
    public MeService.Me me() {
        return service.me();
    }
}
