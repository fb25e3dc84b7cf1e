package vn.congdoan.sangkien.program;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import vn.congdoan.sangkien.program.ProgramDtos.PeriodView;
import vn.congdoan.sangkien.program.ProgramDtos.PeriodWrite;
import vn.congdoan.sangkien.program.ProgramDtos.ProgramCreate;
import vn.congdoan.sangkien.program.ProgramDtos.ProgramUpdate;
import vn.congdoan.sangkien.program.ProgramDtos.ProgramView;
import vn.congdoan.sangkien.security.Roles;

import java.util.List;

@Path("/api/v1/programs")
@Tag(name = "Programs", description = "Chương trình và giai đoạn / programmes and their periods")
public class ProgramResource {

    private final ProgramService service;

    public ProgramResource(ProgramService service) {
        this.service = service;
    }

    @GET
    @Operation(summary = "Danh sách chương trình / list programmes")
    @APIResponse(responseCode = "200", description = "Các chương trình / the programmes")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.EVALUATOR, Roles.MEMBER, Roles.REPORTER})
    @ProblemResponses.Secured
    public List<ProgramView> listPrograms() {
        return service.list();
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "Xem chương trình / read a programme")
    @APIResponse(responseCode = "200", description = "Chương trình / the programme")
    @ProblemResponses.Lookup
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.EVALUATOR, Roles.MEMBER, Roles.REPORTER})
    public ProgramView getProgram(@PathParam("code") String code) {
        return service.get(code);
    }

    @POST
    @Operation(summary = "Tạo chương trình / create a programme")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgramView.class)))
    @ProblemResponses.BadRequest
    @ProblemResponses.Conflict
    @RolesAllowed({Roles.ADMIN})
    @ProblemResponses.Secured
    public Response createProgram(@Valid ProgramCreate request, @Context UriInfo uri) {
        ProgramView created = service.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("/{code}")
    @Operation(summary = "Sửa chương trình / update a programme")
    @APIResponse(responseCode = "200", description = "Đã sửa / updated")
    @ProblemResponses.Write
    @RolesAllowed({Roles.ADMIN})
    public ProgramView updateProgram(@PathParam("code") String code, @Valid ProgramUpdate request) {
        return service.update(code, request);
    }

    @GET
    @Path("/{code}/periods")
    @Operation(summary = "Các giai đoạn của chương trình / the programme's periods")
    @APIResponse(responseCode = "200", description = "Theo ngày bắt đầu / by start date")
    @ProblemResponses.Lookup
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.EVALUATOR, Roles.MEMBER, Roles.REPORTER})
    public List<PeriodView> listPeriods(@PathParam("code") String code) {
        return service.listPeriods(code);
    }

    @POST
    @Path("/{code}/periods")
    @Operation(summary = "Thêm giai đoạn / add a period")
    @APIResponse(responseCode = "201", description = "Đã tạo / created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PeriodView.class)))
    @ProblemResponses.Write
    @RolesAllowed({Roles.ADMIN})
    public Response createPeriod(@PathParam("code") String code, @Valid PeriodWrite request, @Context UriInfo uri) {
        PeriodView created = service.createPeriod(code, request);
        return Response.created(uri.getAbsolutePathBuilder().path(created.code()).build()).entity(created).build();
    }

    @PUT
    @Path("/{code}/periods/{periodCode}")
    @Operation(summary = "Sửa giai đoạn / update a period")
    @APIResponse(responseCode = "200", description = "Đã sửa / updated")
    @ProblemResponses.Write
    @RolesAllowed({Roles.ADMIN})
    public PeriodView updatePeriod(@PathParam("code") String code, @PathParam("periodCode") String periodCode,
                                   @Valid PeriodWrite request) {
        return service.updatePeriod(code, periodCode, request);
    }
}
