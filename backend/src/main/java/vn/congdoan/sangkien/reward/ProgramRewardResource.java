package vn.congdoan.sangkien.reward;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.common.spreadsheet.ReportFormat;
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
    private final RewardDownloads downloads;

    public ProgramRewardResource(RewardService rewards, RewardDownloads downloads) {
        this.rewards = rewards;
        this.downloads = downloads;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE, ReportFormat.XLSX_TYPE})
    @Operation(summary = "Đề nghị và quyết định khen thưởng: JSON, CSV, XLSX / rewards proposed and decided",
            description = "Những khen thưởng do các đơn vị trong phạm vi của người gọi đề nghị, mới nhất trước; CSV/XLSX là danh sách "
                    + "đề nghị (status=PROPOSED) hoặc phụ lục quyết định (status=DECIDED), đánh số thứ tự "
                    + "/ the rewards proposed by units within the caller's reach, newest first; as CSV/XLSX, the list of proposals "
                    + "or a decision's annex, numbered")
    @APIResponse(responseCode = "200", description = "Danh sách / the list", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RewardList.class)),
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "no,recipient,recipientUnitCode,recipientUnitName,form,kind,periodCode,reason,target,valid,percent,proposingUnitCode,"
                            + "decidingUnitName,status,decisionNumber,decisionDate,rejectionReason\r\n"
                            + "1,LĐLĐ huyện Phong Thổ,LCH-PT,LĐLĐ huyện Phong Thổ,Bằng khen của Liên đoàn Lao động tỉnh,Theo giai đoạn,GD1,"
                            + "Vượt chỉ tiêu giai đoạn 1,135,162,120.0,LCH-PT,LĐLĐ tỉnh Lai Châu,Đã quyết định,125/QĐ-LĐLĐ,15/06/2022,\r\n"),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @ProblemResponses.Query
    public Response listRewards(@PathParam("code") String code,
                                @QueryParam("status") Reward.Status status,
                                @QueryParam("period") @Parameter(example = "GD1") String period,
                                @QueryParam("format") @Pattern(regexp = ReportFormat.PARAMETER)
                                @Parameter(description = ReportFormat.HELP, example = "xlsx") String format,
                                @Context HttpHeaders headers) {
        return downloads.respond(code, status, period, format, headers);
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
