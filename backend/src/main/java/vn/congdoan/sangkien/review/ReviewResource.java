package vn.congdoan.sangkien.review;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.HttpCaching;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.common.spreadsheet.ReportFormat;
import vn.congdoan.sangkien.review.ReviewDtos.ReviewReport;
import vn.congdoan.sangkien.security.Roles;

import java.time.LocalDate;

@Path("/api/v1/programs/{code}/review")
@Tag(name = "Progress", description = "Tiến độ thực hiện chỉ tiêu / progress toward targets")
@Produces({MediaType.APPLICATION_JSON, ReportFormat.XLSX_TYPE})
public class ReviewResource {

    private final ReviewDownloads downloads;

    public ReviewResource(ReviewDownloads downloads) {
        this.downloads = downloads;
    }

    @GET
    @Operation(summary = "Báo cáo sơ kết / tổng kết: JSON, XLSX / interim or final review report",
            description = "Sơ kết khi period là một giai đoạn, tổng kết khi là cả chương trình (mặc định). Các bảng: chỉ tiêu và kết quả "
                    + "theo đơn vị, đơn vị vượt chỉ tiêu, cơ cấu theo lĩnh vực, khối, phạm vi ảnh hưởng, sự tham gia của CĐCS, khen thưởng "
                    + "đã quyết định (ngày quyết định đến hết asOf), tối đa 10 sáng kiến tiêu biểu (hợp lệ ở ngày asOf). Cùng asOf cho cùng "
                    + "số liệu về sau, trừ cơ cấu và sự tham gia (theo trạng thái hiện tại). XLSX: mỗi bảng một trang tính. "
                    + "/ Interim for a phase, final for the whole programme (the default). Sections: targets and results per unit, "
                    + "units over target, breakdowns by field, sector and impact level, grassroots participation, rewards decided "
                    + "(decision date up to asOf), up to 10 typical initiatives (valid as of asOf). The same asOf gives the same "
                    + "numbers later, except the breakdowns and participation (current statuses). XLSX: a sheet per section.")
    @APIResponse(responseCode = "200", description = "Báo cáo / the review report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewReport.class)),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @ProblemResponses.Query
    @HttpCaching.Conditional
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.REPORTER})
    public Response review(@PathParam("code") String code,
                           @QueryParam("period") @Parameter(description = "Mặc định cả chương trình (tổng kết) / default the whole programme (final)", example = "GD1") String period,
                           @QueryParam("root") @Parameter(description = "Mặc định đơn vị đứng đầu / default the top unit", example = "LCH") String root,
                           @QueryParam("asOf") @Parameter(description = "Tính đến hết ngày (yyyy-MM-dd), mặc định hôm nay (giờ Hà Nội) "
                                   + "/ as of the end of this day, default today (Hanoi)", example = "2022-05-31") LocalDate asOf,
                           @QueryParam("format") @Pattern(regexp = "^(json|xlsx)$")
                           @Parameter(description = "json | xlsx; mặc định theo Accept, rồi JSON / default from Accept, then JSON", example = "xlsx") String format,
                           @Context HttpHeaders headers) {
        return downloads.respond(code, period, root, asOf, format, headers);
    }
}
