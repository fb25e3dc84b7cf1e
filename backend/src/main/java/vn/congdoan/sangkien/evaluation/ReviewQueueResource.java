package vn.congdoan.sangkien.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.ReviewTask;
import vn.congdoan.sangkien.security.Roles;

import java.util.List;

@Path("/api/v1/evaluations/mine")
@Tag(name = "Evaluations")
public class ReviewQueueResource {

    private final EvaluationService service;

    public ReviewQueueResource(EvaluationService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed(Roles.EVALUATOR)
    @Operation(summary = "Hàng chờ chấm của tôi / my review queue", description = "Chưa chấm trước, cũ trước. / Unscored first, oldest first.")
    @APIResponse(responseCode = "200", description = "Các hồ sơ được giao / assigned dossiers")
    @ProblemResponses.Secured
    public List<ReviewTask> myReviewQueue() {
        return service.queue();
    }
}
