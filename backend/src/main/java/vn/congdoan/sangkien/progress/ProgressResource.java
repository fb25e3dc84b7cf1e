package vn.congdoan.sangkien.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.HttpCaching;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.common.spreadsheet.ReportFormat;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressReport;
import vn.congdoan.sangkien.security.Roles;

@Path("/api/v1/programs/{code}/progress")
@Tag(name = "Progress", description = "Tiến độ thực hiện chỉ tiêu / progress toward targets")
@Produces({MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE, ReportFormat.XLSX_TYPE})
public class ProgressResource {

    private final ProgressDownloads downloads;

    public ProgressResource(ProgressDownloads downloads) {
        this.downloads = downloads;
    }

    @GET
    @Operation(summary = "Tiến độ theo cây đơn vị: JSON, CSV, XLSX / progress rolled up the unit tree",
            description = "Một sáng kiến hợp lệ được tính cho đơn vị báo cáo và mọi đơn vị cấp trên, trong giai đoạn chứa ngày áp dụng lần đầu. "
                    + "Định dạng theo format, rồi theo Accept. Ví dụ / example: curl -H \"Authorization: Bearer $TOKEN\" "
                    + "'http://localhost:8080/api/v1/programs/1TRIEU-SK/progress?period=GD1&root=LCH&depth=1&asOf=2022-05-31&format=csv' "
                    + "/ A valid initiative counts for its reporting unit and every ancestor, in each period whose window holds its "
                    + "date first applied. The format comes from format, then from Accept.")
    @APIResponse(responseCode = "200", description = "Tiến độ / the progress report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressReport.class)),
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "unitCode,unitName,parentCode,level,target,submitted,underReview,returned,recognised,refused,valid,pipeline,percent,remaining,reached,exceeded,estimatedValueVnd\r\n"
                            + "LCH,LĐLĐ tỉnh Lai Châu,TLD,0,1200,3,1,0,2,0,610,6,50.8,590,false,false,0\r\n"),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @ProblemResponses.Query
    @HttpCaching.Conditional
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.EVALUATOR, Roles.MEMBER, Roles.REPORTER})
    public Response progress(@PathParam("code") String code, @BeanParam @Valid ProgressParams params,
                             @Context HttpHeaders headers) {
        return downloads.respond(code, params, headers);
    }
}
