package vn.congdoan.sangkien.report;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
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
import vn.congdoan.sangkien.common.api.HttpCaching;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.common.api.Retiring;
import vn.congdoan.sangkien.common.spreadsheet.Downloads;
import vn.congdoan.sangkien.common.spreadsheet.ReportFormat;
import vn.congdoan.sangkien.initiative.InitiativeStatus;
import vn.congdoan.sangkien.progress.ProgressDownloads;
import vn.congdoan.sangkien.progress.ProgressDtos.ProgressReport;
import vn.congdoan.sangkien.progress.ProgressParams;
import vn.congdoan.sangkien.progress.ReportScopes;
import vn.congdoan.sangkien.report.RegisterDtos.RegisterChanges;
import vn.congdoan.sangkien.report.ReportService.RegisterExport;
import io.quarkus.vertx.http.Compressed;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
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

    private final ReportService reports;
    private final ProgressDownloads progressDownloads;

    public ReportResource(ReportService reports, ProgressDownloads progressDownloads) {
        this.reports = reports;
        this.progressDownloads = progressDownloads;
    }

    @GET
    @Path("/progress")
    @Operation(summary = "Báo cáo tiến độ (cũ) / the progress report (deprecated)", deprecated = true,
            description = "Như GET /api/v1/programs/{code}/progress, với mã chương trình trong program (mặc định chương trình đang diễn ra). "
                    + "/ The same as GET /api/v1/programs/{code}/progress, with the programme's code in program (default the one running today).")
    @APIResponse(responseCode = "200", description = "Báo cáo / the report", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgressReport.class)),
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @ProblemResponses.Query
    @HttpCaching.Conditional
    @Deprecated
    @Retiring(deprecatedOn = "2026-12-03", sunsetOn = "2027-06-30", successor = "/api/v1/programs/{code}/progress")
    public Response reportProgress(@QueryParam("program") @Parameter(description = ReportScopes.PROGRAM_HELP, example = "1TRIEU-SK") String program,
                             @BeanParam @Valid ProgressParams params, @Context HttpHeaders headers) {
        return progressDownloads.respond(program, params, headers);
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
                    example = "receiptNumber,title,unitCode,unitName,field,solutionType,status,impactLevel,grade,firstAppliedOn,submittedOn,recognitionBody,decisionNumber,decisionDate,estimatedValueVnd,authorCount,id,updatedAt\r\n"
                            + "SK-LCH-PT-2022-0007,Sáng kiến lọc nước sạch cho điểm trường,LCH-PT,LĐLĐ huyện Phong Thổ,SOCIO_ECONOMIC,TECHNICAL,VALID,GRASSROOTS,A,2022-03-15,2022-04-02,Hội đồng sáng kiến LĐLĐ tỉnh Lai Châu,15/QĐ-LĐLĐ,2022-05-20,150000000,2,1234,2022-05-20T09:15:00+07:00\r\n"),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"))})
    @ProblemResponses.Query
    @HttpCaching.Conditional
    public Response initiativeRegister(@QueryParam("program") @Parameter(description = ReportScopes.PROGRAM_HELP, example = "1TRIEU-SK") String program,
                             @QueryParam("period") @Parameter(example = "GD2") String period,
                             @QueryParam("root") @Parameter(example = "LCH") String root,
                             @QueryParam("status") @Parameter(description = "Mặc định VALID / default VALID") List<InitiativeStatus> statuses,
                             @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                             @QueryParam("size") @DefaultValue("1000") @Min(1) @Max(50000) @Parameter(description = "1–50.000") int size,
                             @QueryParam("format") @Pattern(regexp = ReportFormat.PARAMETER) @Parameter(description = ReportFormat.HELP, example = "csv") String format,
                             @QueryParam("cursor") @Parameter(description = "nextCursor (hay X-Next-Cursor) của trang trước: trang sau theo khóa, page bị bỏ qua "
                                     + "/ the previous page's nextCursor (or X-Next-Cursor): the next page by key, page is ignored") String cursor,
                             @Context HttpHeaders headers) {
        List<String> names = statuses == null ? List.of() : statuses.stream().map(Enum::name).toList();
        RegisterPage result = reports.register(new RegisterQuery(program, period, root, names, page, size, cursor));
        ReportFormat chosen = ReportFormat.choose(format, headers);
        String name = "so-dang-ky-%s-%s-%s-trang-%d".formatted(result.programCode(), result.periodCode(), result.rootCode(), page);
        Response.ResponseBuilder response = chosen == ReportFormat.JSON ? Response.ok(result, MediaType.APPLICATION_JSON)
                : Downloads.file(reports.registerTable(result), chosen, name);
        if (result.nextCursor() != null) {
            response.header("X-Next-Cursor", result.nextCursor());
        }
        return response.header("X-Total-Count", result.totalItems()).header("X-Total-Pages", result.totalPages()).build();
    }

    @GET
    @Path("/initiatives/changes")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Thay đổi của sổ đăng ký, cho bản sao / the register's changes, for a mirror",
            description = "Lần đầu không có since: toàn bộ; sau đó since = next của lần trước: chỉ những gì đã đổi, kể cả sáng kiến đã xóa (removed). "
                    + "Mọi trạng thái, mọi giai đoạn của chương trình trong cây đơn vị root. Một mục có thể đến hai lần: áp dụng theo id. "
                    + "Hướng dẫn: docs/integration.md. Ví dụ / example: curl -H \"Authorization: Bearer $TOKEN\" "
                    + "'http://localhost:8080/api/v1/reports/initiatives/changes?program=1TRIEU-SK&size=5000&since=c1.…' "
                    + "/ First without since: everything; then since = the last answer's next: only what changed, deleted dossiers "
                    + "included (removed). Every status and period of the programme, in the subtree of root. An item may come twice: "
                    + "apply by id. Guide: docs/integration.md.")
    @APIResponse(responseCode = "200", description = "Một trang thay đổi / one page of changes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RegisterChanges.class)))
    @ProblemResponses.Query
    public RegisterChanges initiativeRegisterChanges(
            @QueryParam("program") @Parameter(description = ReportScopes.PROGRAM_HELP, example = "1TRIEU-SK") String program,
            @QueryParam("root") @Parameter(example = "LCH") String root,
            @QueryParam("since") @Parameter(description = "next của lần gọi trước; bỏ trống: từ đầu / the previous answer's next; empty: from the start") String since,
            @QueryParam("size") @DefaultValue("1000") @Min(1) @Max(10000) @Parameter(description = "1–10.000") int size) {
        return reports.registerChanges(program, root, since, size);
    }

    @GET
    @Path("/initiatives/export")
    @Produces({ReportFormat.CSV_TYPE, ReportService.NDJSON_TYPE})
    @Compressed
    @Operation(summary = "Xuất toàn bộ sổ đăng ký (hoặc phần thay đổi) / the whole register (or its changes) in one download",
            description = "Luồng CSV hoặc NDJSON (mỗi dòng một sáng kiến như RegisterChange; với since, thêm dòng {\"removed\": Removal} cho sáng kiến đã xóa), "
                    + "nén gzip khi có Accept-Encoding: gzip. Header Sangkien-Sync-Token là since cho /changes hay /export lần sau. "
                    + "Ví dụ / example: curl --compressed -H \"Authorization: Bearer $TOKEN\" -o so-dang-ky.ndjson "
                    + "'http://localhost:8080/api/v1/reports/initiatives/export?program=1TRIEU-SK&format=ndjson' "
                    + "/ A stream of CSV or NDJSON (a line per initiative as RegisterChange; with since, a {\"removed\": Removal} line per "
                    + "deleted one), gzip-compressed when Accept-Encoding asks. The header Sangkien-Sync-Token is the since of the next "
                    + "/changes or /export call.")
    @APIResponse(responseCode = "200", description = "Tệp xuất / the export",
            headers = @Header(name = ReportService.SYNC_TOKEN_HEADER, description = "since cho lần sau / since for the next call",
                    schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
            content = {
                    @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING)),
                    @Content(mediaType = ReportService.NDJSON_TYPE, schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING))})
    @ProblemResponses.Query
    public Response exportRegister(
            @QueryParam("program") @Parameter(description = ReportScopes.PROGRAM_HELP, example = "1TRIEU-SK") String program,
            @QueryParam("root") @Parameter(example = "LCH") String root,
            @QueryParam("since") @Parameter(description = "next (hay Sangkien-Sync-Token) của lần trước; bỏ trống: toàn bộ "
                    + "/ the previous next (or Sangkien-Sync-Token); empty: everything") String since,
            @QueryParam("format") @Pattern(regexp = "^(csv|ndjson)$") @Parameter(description = "csv | ndjson; mặc định theo Accept, rồi CSV "
                    + "/ default from Accept, then CSV", example = "ndjson") String format,
            @Context HttpHeaders headers) {
        boolean ndjson = format != null ? format.equals("ndjson")
                : headers.getAcceptableMediaTypes().stream().anyMatch(t -> !t.isWildcardType() && t.isCompatible(MediaType.valueOf(ReportService.NDJSON_TYPE)));
        RegisterExport export = reports.planExport(program, root, since);
        StreamingOutput body = out -> reports.writeExport(export, ndjson, out);
        return Response.ok(body, ndjson ? ReportService.NDJSON_TYPE : ReportFormat.CSV_TYPE + ";charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + export.fileName() + (ndjson ? ".ndjson" : ".csv") + "\"")
                .header(ReportService.SYNC_TOKEN_HEADER, export.next())
                .build();
    }
}
