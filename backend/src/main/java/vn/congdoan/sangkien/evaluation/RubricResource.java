package vn.congdoan.sangkien.evaluation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.evaluation.EvaluationDtos.RubricView;
import vn.congdoan.sangkien.security.Roles;

import java.util.List;

@Path("/api/v1/rubrics")
@Tag(name = "Rubrics", description = "Thang điểm chấm sáng kiến / scoring rubrics")
public class RubricResource {

    private final RubricService service;

    public RubricResource(RubricService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.EVALUATOR})
    @Operation(summary = "Các thang điểm / list rubrics")
    @APIResponse(responseCode = "200", description = "Thang điểm / rubrics")
    @ProblemResponses.Secured
    public List<RubricView> listRubrics() {
        return service.list();
    }

    @GET
    @Path("/{code}")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.EVALUATOR})
    @Operation(summary = "Xem thang điểm / read a rubric")
    @APIResponse(responseCode = "200", description = "Thang điểm / the rubric")
    @ProblemResponses.Lookup
    public RubricView getRubric(@PathParam("code") String code) {
        return service.get(code);
    }

    @POST
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Tạo thang điểm / create a rubric", description = "Tiêu chí không trùng, điểm đạt không vượt tổng tối đa, xếp loại theo thứ tự từ cao xuống. / Grades from the highest down.")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RubricView.class)))
    @ProblemResponses.Secured
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    public Response createRubric(@Valid @NotNull RubricView request, @Context UriInfo uri) {
        RubricView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }
}
