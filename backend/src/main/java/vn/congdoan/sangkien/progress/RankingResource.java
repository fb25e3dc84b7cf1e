package vn.congdoan.sangkien.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.HttpCaching;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.progress.RankingDtos.ProgressBreakdown;
import vn.congdoan.sangkien.progress.RankingDtos.Ranking;
import vn.congdoan.sangkien.progress.RankingDtos.RewardCandidates;
import vn.congdoan.sangkien.security.Roles;

@Path("/api/v1/programs/{code}")
@Tag(name = "Progress", description = "Tiến độ thực hiện chỉ tiêu / progress toward targets")
@RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.REPORTER})
public class RankingResource {

    private final RankingService rankings;

    public RankingResource(RankingService rankings) {
        this.rankings = rankings;
    }

    @GET
    @Path("/rankings")
    @Operation(summary = "Xếp hạng thi đua / emulation ranking",
            description = "Các đơn vị trực thuộc của root, hoặc các đơn vị của cụm thi đua, xếp theo % chỉ tiêu rồi số sáng kiến hợp lệ. "
                    + "/ The children of root, or the members of an emulation cluster, by percent of target, then valid initiatives.")
    @APIResponse(responseCode = "200", description = "Bảng xếp hạng / the ranking")
    @ProblemResponses.Query
    @HttpCaching.Conditional
    public Ranking ranking(@PathParam("code") String code,
                           @QueryParam("period") @Parameter(example = "GD1") String period,
                           @QueryParam("root") @Parameter(example = "LCH") String root,
                           @QueryParam("cluster") @Parameter(description = "Mã cụm thi đua / emulation cluster code") String cluster) {
        return rankings.rank(code, period, root, cluster);
    }

    @GET
    @Path("/reward-candidates")
    @Operation(summary = "Đề xuất khen thưởng / reward candidates",
            description = "Đơn vị (hai cấp dưới root) vượt chỉ tiêu, và tối đa 100 sáng kiến hợp lệ có phạm vi ảnh hưởng tỉnh/ngành, toàn quốc hoặc xếp loại A. "
                    + "/ Units (two levels below root) over their target, and up to 100 valid initiatives of provincial or national impact or grade A.")
    @APIResponse(responseCode = "200", description = "Danh sách đề xuất / the candidates")
    @ProblemResponses.Query
    @HttpCaching.Conditional
    public RewardCandidates rewardCandidates(@PathParam("code") String code,
                                             @QueryParam("period") @Parameter(example = "GD1") String period,
                                             @QueryParam("root") @Parameter(example = "LCH") String root) {
        return rankings.rewardCandidates(code, period, root);
    }

    @GET
    @Path("/progress/breakdown")
    @Operation(summary = "Tỷ lệ tham gia và cơ cấu sáng kiến / participation and breakdowns",
            description = "Tỷ lệ CĐCS có sáng kiến; số sáng kiến theo lĩnh vực, loại giải pháp, phạm vi ảnh hưởng; giá trị làm lợi. "
                    + "/ Share of grassroots unions with an initiative; initiatives by field, solution type and impact level; estimated value.")
    @APIResponse(responseCode = "200", description = "Cơ cấu / the breakdown")
    @ProblemResponses.Query
    @HttpCaching.Conditional
    public ProgressBreakdown progressBreakdown(@PathParam("code") String code,
                                       @QueryParam("period") @Parameter(example = "GD1") String period,
                                       @QueryParam("root") @Parameter(example = "LCH") String root) {
        return rankings.breakdown(code, period, root);
    }
}
