package vn.congdoan.sangkien.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.initiative.InitiativeStatus;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressReport;
import vn.congdoan.sangkien.progress.ProgressService.ProgressQuery;
import vn.congdoan.sangkien.report.RegisterDtos.RegisterPage;
import vn.congdoan.sangkien.report.ReportService.RegisterQuery;
import vn.congdoan.sangkien.security.Roles;

import java.time.LocalDate;
import java.util.List;

@Path("/api/v1/reports")
@Tag(name = "Reports", description = "Báo cáo cho Tổng Liên đoàn: JSON, CSV, XLSX / reports for the national confederation")
@RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.REPORTER})
@Produces({MediaType.APPLICATION_JSON, ReportFormat.CSV_TYPE, ReportFormat.XLSX_TYPE})
public class ReportResource {

    private static final String FORMAT_HELP = "json | csv | xlsx; mặc định theo Accept, rồi JSON / default from Accept, then JSON. "
            + "CSV: UTF-8 có BOM, dòng đầu là tên trường như JSON / UTF-8 with BOM, header of the JSON field names. "
            + "Ô bắt đầu bằng = + - @ được thêm dấu ' / cells starting with = + - @ get a leading apostrophe.";

    private final ReportService reports;

    public ReportResource(ReportService reports) {
        this.reports = reports;
    }

    @GET
    @Path("/progress")
    @Operation(summary = "Báo cáo tiến độ / the progress report",
            description = "Tiến độ theo cây đơn vị, tính đến hết ngày asOf (mặc định hôm nay): cùng asOf cho cùng số liệu về sau. "
                    + "Ví dụ / example: curl -H \"Authorization: Bearer $TOKEN\" "
                    + "'http://localhost:8080/api/v1/reports/progress?program=1TRIEU-SK&period=GD1&root=LCH&depth=1&asOf=2022-05-31&format=csv' "
                    + "/ Progress rolled up the unit tree as of the end of asOf (default today): the same asOf gives the same numbers later.")
    @APIResponse(responseCode = "200", description = "Báo cáo / the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressReport.class)),
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    example = "unitCode,unitName,parentCode,level,target,submitted,underReview,returned,recognised,refused,valid,pipeline,percent,remaining,reached,exceeded,estimatedValueVnd\r\n"
                            + "LCH,LĐLĐ tỉnh Lai Châu,TLD,0,1200,3,1,0,2,0,610,6,50.8,590,false,false,0\r\n"),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Secured
    public Response progress(@QueryParam("program") @NotNull @Parameter(example = "1TRIEU-SK") String program,
                             @QueryParam("period") @Parameter(description = "Mặc định cả chương trình / default the whole programme", example = "GD1") String period,
                             @QueryParam("root") @Parameter(description = "Mặc định đơn vị đứng đầu / default the top unit", example = "LCH") String root,
                             @QueryParam("depth") @DefaultValue("1") @Min(0) @Max(6) @Parameter(description = "Số cấp bên dưới gốc / levels below the root") int depth,
                             @QueryParam("asOf") @Parameter(description = "Tính đến hết ngày / as of the end of this day (yyyy-MM-dd)", example = "2022-05-31") LocalDate asOf,
                             @QueryParam("format") @Pattern(regexp = ReportFormat.PARAMETER) @Parameter(description = FORMAT_HELP, example = "csv") String format,
                             @Context HttpHeaders headers) {
        ProgressReport report = reports.progress(new ProgressQuery(program, period, root, depth, asOf));
        ReportFormat chosen = ReportFormat.choose(format, headers);
        String name = "tien-do-%s-%s-%s-%s".formatted(report.programCode(), report.period().code(), report.rootCode(), report.asOf());
        return chosen == ReportFormat.JSON ? json(report) : file(reports.progressTable(report), chosen, name);
    }

    @GET
    @Path("/initiatives")
    @Operation(summary = "Sổ đăng ký sáng kiến, không có dữ liệu cá nhân / the initiative register, without personal data",
            description = "Theo trang, sắp theo thứ tự nhập; mặc định chỉ các sáng kiến hợp lệ. "
                    + "Ví dụ / example: curl -H \"Authorization: Bearer $TOKEN\" "
                    + "'http://localhost:8080/api/v1/reports/initiatives?program=1TRIEU-SK&period=GD2&status=VALID&page=0&size=1000&format=xlsx' "
                    + "/ Paged in the order initiatives were entered; VALID ones by default. CSV/XLSX carry one page; "
                    + "the headers X-Total-Count and X-Total-Pages say how many there are.")
    @APIResponse(responseCode = "200", description = "Một trang / one page", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterPage.class)),
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING),
                    example = "receiptNumber,title,unitCode,unitName,field,solutionType,status,impactLevel,grade,firstAppliedOn,submittedOn,recognitionBody,decisionNumber,decisionDate,estimatedValueVnd,authorCount\r\n"
                            + "SK-LCH-PT-2022-0007,Sáng kiến lọc nước sạch cho điểm trường,LCH-PT,LĐLĐ huyện Phong Thổ,SOCIO_ECONOMIC,TECHNICAL,VALID,GRASSROOTS,A,2022-03-15,2022-04-02,Hội đồng sáng kiến LĐLĐ tỉnh Lai Châu,15/QĐ-LĐLĐ,2022-05-20,150000000,2\r\n"),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Secured
    public Response register(@QueryParam("program") @NotNull @Parameter(example = "1TRIEU-SK") String program,
                             @QueryParam("period") @Parameter(example = "GD2") String period,
                             @QueryParam("root") @Parameter(example = "LCH") String root,
                             @QueryParam("status") @Parameter(description = "Mặc định VALID / default VALID") List<InitiativeStatus> statuses,
                             @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                             @QueryParam("size") @DefaultValue("1000") @Min(1) @Max(50000) @Parameter(description = "1–50.000") int size,
                             @QueryParam("format") @Pattern(regexp = ReportFormat.PARAMETER) @Parameter(description = FORMAT_HELP, example = "csv") String format,
                             @Context HttpHeaders headers) {
        List<String> names = statuses == null ? List.of() : statuses.stream().map(Enum::name).toList();
        RegisterPage result = reports.register(new RegisterQuery(program, period, root, names, page, size));
        ReportFormat chosen = ReportFormat.choose(format, headers);
        String name = "so-dang-ky-%s-%s-%s-trang-%d".formatted(result.programCode(), result.periodCode(), result.rootCode(), page);
        Response.ResponseBuilder response = chosen == ReportFormat.JSON ? Response.ok(result, MediaType.APPLICATION_JSON)
                : fileBuilder(reports.registerTable(result), chosen, name);
        return response.header("X-Total-Count", result.totalItems()).header("X-Total-Pages", result.totalPages()).build();
    }

    private static Response json(Object entity) {
        return Response.ok(entity, MediaType.APPLICATION_JSON).build();
    }

    private static Response file(ReportTable table, ReportFormat format, String name) {
        return fileBuilder(table, format, name).build();
    }

    private static Response.ResponseBuilder fileBuilder(ReportTable table, ReportFormat format, String name) {
        byte[] body = format == ReportFormat.CSV ? CsvReports.write(table) : XlsxReports.write(table);
        return Response.ok(body, format.mediaType + (format == ReportFormat.CSV ? "; charset=UTF-8" : ""))
                .header("Content-Disposition", "attachment; filename=\"" + name + "." + format.extension + "\"");
    }
}
