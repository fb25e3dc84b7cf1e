package vn.congdoan.sangkien.unit.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.common.error.Problem;
import vn.congdoan.sangkien.common.spreadsheet.Downloads;
import vn.congdoan.sangkien.common.spreadsheet.ImportMode;
import vn.congdoan.sangkien.common.spreadsheet.ReportFormat;
import vn.congdoan.sangkien.security.Roles;

import java.util.List;

@Path("/api/v1/imports/units")
@Tag(name = "Import")
@RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
public class UnitImportResource {

    private static final String TEMPLATE_HELP = "Cột / columns: Mã đơn vị (code, bắt buộc / required; khóa tự nhiên / the natural key), "
            + "Tên đơn vị (name, bắt buộc), Mã đơn vị cấp trên (parentCode, bắt buộc: một đơn vị trong phạm vi của bạn hoặc ở dòng trên "
            + "/ a unit in your scope or on a row above), Loại đơn vị (type): GRASSROOTS (mặc định / default) | DISTRICT_FEDERATION | "
            + "SECTOR_UNION | ZONE_UNION | ..., Khối (sector): ENTERPRISE | STATE_BODY | PUBLIC_SERVICE, Ngày thành lập (validFrom): "
            + "dd/MM/yyyy, mặc định hôm nay / default today. Đơn vị đã có đúng như trong tệp được bỏ qua; khác thì dòng bị từ chối "
            + "/ a unit already there exactly as written is skipped; one that differs is rejected. Tối đa / at most 5.000 dòng / rows.";

    private final UnitImportService imports;

    public UnitImportResource(UnitImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({ReportFormat.CSV_TYPE, "application/csv", ReportFormat.XLSX_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Nhập danh sách đơn vị (công đoàn cơ sở) từ CSV hoặc XLSX / import a list of units (grassroots unions)",
            description = "Thân yêu cầu là chính tệp / the body is the file itself. dryRun=true: kiểm tra và trả kết quả, không lưu "
                    + "/ checks and answers, saves nothing. " + TEMPLATE_HELP)
    @RequestBody(content = {
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "Mã đơn vị,Tên đơn vị,Mã đơn vị cấp trên,Loại đơn vị,Khối,Ngày thành lập\n"
                            + "LCH-PT-THBL,CĐCS Trường Tiểu học Bản Lang,LCH-PT,GRASSROOTS,PUBLIC_SERVICE,01/09/2021\n"),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Đã nhập (hoặc kết quả chạy thử) / imported (or the dry run's result)")
    @ProblemResponses.BadRequest
    @ProblemResponses.Secured
    @APIResponse(responseCode = "413", description = "Quá 5.000 dòng / more than 5,000 rows",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Không phải CSV hay XLSX / neither CSV nor XLSX",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public UnitImportResult importUnits(@QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") ImportMode mode,
                                        @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                        @HeaderParam("Content-Type") String contentType, byte[] file) {
        return imports.importUnits(file, contentType != null && contentType.startsWith(ReportFormat.XLSX_TYPE), mode, dryRun);
    }

    @GET
    @Path("/template")
    @Produces({ReportFormat.CSV_TYPE, ReportFormat.XLSX_TYPE})
    @Operation(summary = "Tệp mẫu nhập đơn vị / the unit import template", description = TEMPLATE_HELP)
    @APIResponse(responseCode = "200", description = "Tệp mẫu có một dòng ví dụ / the template with one example row", content = {
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @ProblemResponses.BadRequest
    @ProblemResponses.Secured
    public Response unitImportTemplate(@Parameter(description = "csv | xlsx; mặc định theo Accept, rồi xlsx / default from Accept, then xlsx")
                                       @QueryParam("format") @Pattern(regexp = "^(csv|xlsx)$") String format, @Context HttpHeaders headers) {
        return Downloads.template("Mẫu nhập đơn vị – " + TEMPLATE_HELP, List.of(UnitImportColumn.values()),
                List.of("LCH-PT-THBL", "CĐCS Trường Tiểu học Bản Lang", "LCH-PT", "GRASSROOTS", "PUBLIC_SERVICE", "01/09/2021"),
                format, headers, "mau-nhap-don-vi");
    }
}
