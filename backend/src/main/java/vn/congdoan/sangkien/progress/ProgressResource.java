package vn.congdoan.sangkien.progress;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.annotation.security.RolesAllowed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.security.Roles;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressReport;
import vn.congdoan.sangkien.progress.ProgressService.ProgressQuery;

import java.time.LocalDate;

@Path("/api/v1/programs/{code}/progress")
@Tag(name = "Progress", description = "Tiến độ thực hiện chỉ tiêu / progress toward targets")
public class ProgressResource {

    private final ProgressService service;

    public ProgressResource(ProgressService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Tiến độ theo cây đơn vị / progress rolled up the unit tree",
            description = "Một sáng kiến hợp lệ được tính cho đơn vị báo cáo và mọi đơn vị cấp trên, trong giai đoạn chứa ngày áp dụng lần đầu. "
                    + "/ A valid initiative counts for its reporting unit and every ancestor, in each period whose window holds its date first applied.")
    @APIResponse(responseCode = "200", description = "Tiến độ / the progress report")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.EVALUATOR, Roles.MEMBER, Roles.REPORTER})
    @ProblemResponses.Secured
    public ProgressReport progress(@PathParam("code") String code,
                                   @QueryParam("period") @Parameter(description = "Mặc định cả chương trình / default the whole programme", example = "GD1") String period,
                                   @QueryParam("root") @Parameter(description = "Mặc định đơn vị đứng đầu / default the top unit", example = "LCH") String root,
                                   @QueryParam("depth") @DefaultValue("1") @Min(0) @Max(6) @Parameter(description = "Số cấp bên dưới gốc / levels below the root") int depth,
                                   @QueryParam("asOf") @Parameter(description = "Tính đến hết ngày (yyyy-MM-dd), mặc định hôm nay / as of the end of this day, default today", example = "2022-05-31") LocalDate asOf) {
        return service.report(new ProgressQuery(code, period, root, depth, asOf));
    }
}
