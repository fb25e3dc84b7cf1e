package vn.congdoan.sangkien.initiative.importing;

import vn.congdoan.sangkien.common.spreadsheet.ImportMode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.PathParam;
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
import vn.congdoan.sangkien.common.spreadsheet.Downloads;
import vn.congdoan.sangkien.common.spreadsheet.ReportFormat;
import vn.congdoan.sangkien.common.paging.PageRequest;
import vn.congdoan.sangkien.common.paging.PageResult;
import vn.congdoan.sangkien.initiative.importing.ImportDtos.ImportBatchDetail;
import vn.congdoan.sangkien.initiative.importing.ImportDtos.ImportBatchSummary;
import vn.congdoan.sangkien.initiative.importing.ImportDtos.ImportResult;
import vn.congdoan.sangkien.initiative.importing.ImportDtos.ImportedInitiative;
import vn.congdoan.sangkien.security.Roles;

import java.util.List;

@Path("/api/v1/imports/initiatives")
@Tag(name = "Import", description = "Nhập danh sách sáng kiến từ Excel/CSV / import initiative lists from Excel or CSV")
@RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
public class ImportResource {

    private static final String TEMPLATE_HELP = "Cột / columns: Mã đơn vị (unitCode, bắt buộc / required), "
            + "Tên sáng kiến (title, bắt buộc), Tóm tắt (summary), Loại giải pháp (solutionType, bắt buộc): TECHNICAL | MANAGEMENT | "
            + "OPERATIONAL | TECHNICAL_ADVANCE, Lĩnh vực (field, bắt buộc): EPIDEMIC_PREVENTION | SOCIO_ECONOMIC | UNION_INNOVATION, "
            + "Ngày áp dụng lần đầu (firstAppliedOn, bắt buộc): dd/MM/yyyy, Trạng thái (status): DRAFT (mặc định / default) | "
            + "SUBMITTED | RECOGNISED | VALID, Tác giả (authors, bắt buộc): \"Nguyễn Văn A: 60; Trần Thị B: 40\", "
            + "Giá trị làm lợi (đồng) (estimatedValueVnd). Tiêu đề tiếng Việt có hay không dấu, hoặc tên trường / Vietnamese labels "
            + "with or without diacritics, or the field names. Tối đa / at most 200.000 dòng / rows.";

    private static final String NATURAL_KEY = "Khóa tự nhiên của một dòng: đơn vị, tên sáng kiến (không phân biệt hoa thường, dấu, "
            + "khoảng trắng), tên tác giả đầu tiên (như vậy) và ngày áp dụng lần đầu; dòng có khóa đã có (từ lần nhập trước hay dòng "
            + "trên) được bỏ qua / a row's natural key: unit, title (case, diacritics and spacing aside), first author's name "
            + "(likewise) and first-applied date; a row whose key is already there (an earlier import, a row above) is skipped.";

    private final ImportService imports;

    public ImportResource(ImportService imports) {
        this.imports = imports;
    }

    @POST
    @Consumes({ReportFormat.CSV_TYPE, "application/csv", ReportFormat.XLSX_TYPE})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Nhập sáng kiến từ tệp CSV hoặc XLSX / import initiatives from a CSV or XLSX file",
            description = "Thân yêu cầu là chính tệp / the body is the file itself: curl -H \"Authorization: Bearer $TOKEN\" "
                    + "-H 'Content-Type: text/csv' --data-binary @danh-sach.csv "
                    + "'http://localhost:8080/api/v1/imports/initiatives?program=1TRIEU-SK&mode=VALID_ROWS'. "
                    + "Gửi lại đúng tệp đã nhập thì không nhập thêm, trả lại kết quả lần trước (replayed) / the same file again imports nothing and answers the first result (replayed). "
                    + "ALL_OR_NOTHING: có dòng sai thì trả 400 liệt kê từng ô sai (rows[n].cột), không nhập gì / any wrong row answers 400 naming each wrong cell and imports nothing. "
                    + "dryRun=true: kiểm tra mọi dòng và trả kết quả (dòng sẽ nhập, bị từ chối, bỏ qua vì trùng), không lưu gì, kể cả khi có dòng sai "
                    + "/ checks every row and answers what would happen (imported, rejected, skipped as duplicates), saves nothing, wrong rows included. "
                    + NATURAL_KEY + " " + TEMPLATE_HELP)
    @RequestBody(content = {
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING),
                    example = "Mã đơn vị,Tên sáng kiến,Tóm tắt,Loại giải pháp,Lĩnh vực,Ngày áp dụng lần đầu,Trạng thái,Tác giả,Giá trị làm lợi (đồng)\n"
                            + "LCH-PT,Sổ tay điện tử cho tổ công đoàn,Ghi chép sinh hoạt tổ trên điện thoại,MANAGEMENT,UNION_INNOVATION,15/03/2022,VALID,Nguyễn Văn A: 60; Trần Thị B: 40,25000000\n"),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "200", description = "Đã nhập, kết quả chạy thử, hoặc kết quả lần nhập trước của cùng tệp / imported, the dry run's result, or the earlier result of the same file")
    @ProblemResponses.BadRequest
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    @ProblemResponses.Secured
    @APIResponse(responseCode = "413", description = "Quá 200.000 dòng hoặc quá lớn / more than 200,000 rows or too large",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = vn.congdoan.sangkien.common.error.Problem.class)))
    @APIResponse(responseCode = "415", description = "Không phải CSV hay XLSX / neither CSV nor XLSX",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = vn.congdoan.sangkien.common.error.Problem.class)))
    public ImportResult importInitiatives(@QueryParam("program") @NotNull @Parameter(example = "1TRIEU-SK") String program,
                                         @QueryParam("mode") @DefaultValue("ALL_OR_NOTHING") ImportMode mode,
                                         @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                         @QueryParam("fileName") @Size(max = 255)
                                         @Parameter(description = "Tên tệp, để hiện trong danh sách các lần nhập / the file's name, shown in the list of imports",
                                                 example = "danh-sach-phong-tho.xlsx") String fileName,
                                         @HeaderParam("Content-Type") String contentType,
                                         byte[] file) {
        return imports.importInitiatives(program, mode, file, contentType != null && contentType.startsWith(ReportFormat.XLSX_TYPE),
                dryRun, fileName);
    }

    @GET
    @Path("/batches")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Các lần nhập tệp / past imports",
            description = "Mới nhất trước; những lần nhập có mọi đơn vị trong cây đơn vị của người hỏi / newest first; the imports whose units "
                    + "are all in the caller's subtree")
    @APIResponse(responseCode = "200", description = "Một trang / one page")
    @ProblemResponses.Query
    public PageResult<ImportBatchSummary> listImportBatches(@Valid @BeanParam PageRequest page) {
        return imports.batches(page);
    }

    @GET
    @Path("/batches/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Một lần nhập tệp / one past import", description = "Với các dòng bị từ chối và bỏ qua / with its rejected and skipped rows")
    @APIResponse(responseCode = "200", description = "Lần nhập / the import")
    @ProblemResponses.Lookup
    public ImportBatchDetail getImportBatch(@PathParam("id") @Parameter(example = "51") long id) {
        return imports.batch(id);
    }

    @GET
    @Path("/batches/{id}/initiatives")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Hồ sơ do một lần nhập tạo ra / the dossiers one import created", description = "Theo thứ tự trong tệp / in file order")
    @APIResponse(responseCode = "200", description = "Một trang / one page")
    @ProblemResponses.Query
    public PageResult<ImportedInitiative> listImportBatchInitiatives(@PathParam("id") @Parameter(example = "51") long id,
                                                                     @Valid @BeanParam PageRequest page) {
        return imports.batchInitiatives(id, page);
    }

    @GET
    @Path("/template")
    @Produces({ReportFormat.CSV_TYPE, ReportFormat.XLSX_TYPE})
    @Operation(summary = "Tệp mẫu để nhập / the import template", description = TEMPLATE_HELP)
    @APIResponse(responseCode = "200", description = "Tệp mẫu có một dòng ví dụ / the template with one example row", content = {
            @Content(mediaType = ReportFormat.CSV_TYPE, schema = @Schema(type = SchemaType.STRING)),
            @Content(mediaType = ReportFormat.XLSX_TYPE, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @ProblemResponses.BadRequest
    @ProblemResponses.Secured
    public Response importTemplate(@Parameter(description = "csv | xlsx; mặc định theo Accept, rồi xlsx / default from Accept, then xlsx")
                                   @QueryParam("format") @Pattern(regexp = "^(csv|xlsx)$") String format, @Context HttpHeaders headers) {
        return Downloads.template("Mẫu nhập sáng kiến – " + TEMPLATE_HELP, List.of(ImportColumn.values()),
                List.of("LCH-PT", "Sổ tay điện tử cho tổ công đoàn", "Ghi chép sinh hoạt tổ trên điện thoại", "MANAGEMENT",
                        "UNION_INNOVATION", "15/03/2022", "DRAFT", "Nguyễn Văn A: 60; Trần Thị B: 40", 25_000_000),
                format, headers, "mau-nhap-sang-kien");
    }
}
