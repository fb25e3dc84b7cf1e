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

/** A reward once proposed: read, decided or refused by its deciding level. */
@Path("/api/v1/rewards")
@Tag(name = "Rewards", description = "Khen thưởng: đề nghị lên cấp trên, cấp trên quyết định / rewards: proposed to the level above, decided there")
@RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
public class RewardResource {

    private final RewardService rewards;

    public RewardResource(RewardService rewards) {
        this.rewards = rewards;
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "Một khen thưởng / one reward")
    @APIResponse(responseCode = "200", description = "Khen thưởng / the reward")
    @ProblemResponses.Lookup
    public RewardView getReward(@PathParam("id") long id) {
        return rewards.get(id);
    }

    @POST
    @Path("/{id}/decide")
    @Operation(summary = "Quyết định khen thưởng / decide the reward",
            description = "Cán bộ cấp quyết định (hoặc cấp trên nữa), với số và ngày quyết định / officers of the deciding level "
                    + "(or above), with the decision's number and date")
    @APIResponse(responseCode = "200", description = "Đã quyết định / decided")
    @ProblemResponses.Write
    public RewardView decideReward(@PathParam("id") long id, @Valid @NotNull RewardDecision request) {
        return rewards.decide(id, request);
    }

    @POST
    @Path("/{id}/reject")
    @Operation(summary = "Không khen thưởng / refuse the reward", description = "Cấp quyết định, kèm lý do / the deciding level, with a reason")
    @APIResponse(responseCode = "200", description = "Đã từ chối / refused")
    @ProblemResponses.Write
    public RewardView rejectReward(@PathParam("id") long id, @Valid @NotNull RewardRejection request) {
        return rewards.reject(id, request);
    }
}
