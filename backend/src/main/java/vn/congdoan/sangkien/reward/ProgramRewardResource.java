package vn.congdoan.sangkien.reward;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
import vn.congdoan.sangkien.reward.RewardDtos.RewardDecision;
import vn.congdoan.sangkien.reward.RewardDtos.RewardList;
import vn.congdoan.sangkien.reward.RewardDtos.RewardProposal;
import vn.congdoan.sangkien.reward.RewardDtos.RewardRejection;
import vn.congdoan.sangkien.reward.RewardDtos.RewardView;
import vn.congdoan.sangkien.security.Roles;

/** A programme's rewards: listed within the caller's reach, proposed to the level above. */
@Path("/api/v1/programs/{code}/rewards")
@Tag(name = "Rewards", description = "Khen thưởng: đề nghị lên cấp trên, cấp trên quyết định / rewards: proposed to the level above, decided there")
@RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
public class ProgramRewardResource {

    private final RewardService rewards;

    public ProgramRewardResource(RewardService rewards) {
        this.rewards = rewards;
    }

    @GET
    @Operation(summary = "Đề nghị và quyết định khen thưởng / rewards proposed and decided",
            description = "Những khen thưởng do các đơn vị trong phạm vi của người gọi đề nghị, mới nhất trước "
                    + "/ the rewards proposed by units within the caller's reach, newest first")
    @APIResponse(responseCode = "200", description = "Danh sách / the list")
    @ProblemResponses.Query
    public RewardList listRewards(@PathParam("code") String code,
                                  @QueryParam("status") Reward.Status status,
                                  @QueryParam("period") @Parameter(example = "GD1") String period) {
        return rewards.list(code, status, period);
    }

    @POST
    @Operation(summary = "Đề nghị khen thưởng / propose a reward",
            description = "Cấp quyết định là đơn vị gần nhất phía trên đơn vị đề nghị có cấp của hình thức khen; người được khen "
                    + "thuộc đơn vị đề nghị. / The deciding level is the nearest unit above the proposing one at the form's level; "
                    + "who is rewarded belongs to the proposing unit.")
    @APIResponse(responseCode = "201", description = "Đã đề nghị / proposed",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RewardView.class)))
    @ProblemResponses.Write
    public Response proposeReward(@PathParam("code") String code, @Valid @NotNull RewardProposal request, @Context UriInfo uri) {
        RewardView created = rewards.propose(code, request);
        return Response.created(uri.getBaseUriBuilder().path("api/v1/rewards/{id}").build(created.id())).entity(created).build();
    }
}
