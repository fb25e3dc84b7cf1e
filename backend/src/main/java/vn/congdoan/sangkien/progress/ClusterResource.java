package vn.congdoan.sangkien.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.progress.RankingDtos.ClusterView;
import vn.congdoan.sangkien.progress.RankingDtos.ClusterWrite;
import vn.congdoan.sangkien.security.Roles;

import java.util.List;

@Path("/api/v1/programs/{code}/clusters")
@Tag(name = "Progress", description = "Tiến độ thực hiện chỉ tiêu / progress toward targets")
public class ClusterResource {

    private final ClusterService clusters;

    public ClusterResource(ClusterService clusters) {
        this.clusters = clusters;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.REPORTER})
    @Operation(summary = "Các cụm thi đua / emulation clusters", description = "Các cụm mà mọi thành viên nằm trong phạm vi của người hỏi / the clusters whose members are all in the caller's scope")
    @APIResponse(responseCode = "200", description = "Danh sách cụm / the clusters")
    @ProblemResponses.Lookup
    public List<ClusterView> listClusters(@PathParam("code") String code) {
        return clusters.list(code);
    }

    @PUT
    @Path("/{clusterCode}")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER})
    @Operation(summary = "Tạo hoặc thay cụm thi đua / create or replace an emulation cluster")
    @APIResponse(responseCode = "200", description = "Cụm đã lưu / the saved cluster")
    @ProblemResponses.Write
    public ClusterView replaceCluster(@PathParam("code") String code,
                           @PathParam("clusterCode") @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}") String clusterCode,
                           @Valid @NotNull ClusterWrite request) {
        return clusters.put(code, clusterCode, request);
    }
}
