package vn.congdoan.sangkien.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.AssignmentRequest;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.EvaluationResult;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.ScoreSheetView;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.ScoreSheetWrite;
import vn.congdoan.sangkien.security.Roles;


@Path("/api/v1/initiatives/{id}/evaluations")
@Tag(name = "Evaluations", description = "Hội đồng chấm sáng kiến / council scoring")
public class EvaluationResource {

    private final EvaluationService service;

    public EvaluationResource(EvaluationService service) {
        this.service = service;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
    @Operation(summary = "Giao hồ sơ cho giám khảo / assign evaluators",
            description = "Giám khảo phải thuộc hội đồng sáng kiến của đơn vị báo cáo hoặc cấp trên; tác giả và người lập hồ sơ bị từ chối (xung đột lợi ích). Hồ sơ chuyển sang UNDER_REVIEW. "
                    + "/ Evaluators must sit on a council of the reporting unit or above; authors and the filer are refused. The dossier goes UNDER_REVIEW.")
    @APIResponse(responseCode = "200", description = "Kết quả chấm hiện tại / the evaluation so far")
    @ProblemResponses.Write
    public EvaluationResult assignEvaluators(@PathParam("id") long id, @Valid @NotNull AssignmentRequest request) {
        return service.assign(id, request);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.EVALUATOR})
    @Operation(summary = "Phiếu chấm và kết quả / score sheets and result",
            description = "Cán bộ thấy mọi phiếu, điểm trung bình và xếp loại đề xuất; giám khảo chỉ thấy phiếu của mình. "
                    + "/ Officers see every sheet, the averages and the proposed grade; an evaluator only their own sheet.")
    @APIResponse(responseCode = "200", description = "Kết quả / the result")
    @ProblemResponses.Lookup
    public EvaluationResult evaluationResult(@PathParam("id") long id) {
        return service.result(id);
    }

    @PUT
    @Path("/mine")
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Chấm điểm / fill in my score sheet", description = "Mỗi tiêu chí từ 0 đến điểm tối đa; chấm lại được khi hội đồng còn xem xét. / Each criterion from 0 to its maximum.")
    @APIResponse(responseCode = "200", description = "Phiếu đã lưu / the saved sheet")
    @ProblemResponses.Write
    public ScoreSheetView saveMyScoreSheet(@PathParam("id") long id, @Valid @NotNull ScoreSheetWrite request) {
        return service.score(id, request);
    }
}
