package vn.congdoan.sangkien.initiative.attachment;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.error.Problem;
import vn.congdoan.sangkien.initiative.attachment.AttachmentService.AttachmentView;
import vn.congdoan.sangkien.initiative.attachment.AttachmentService.ConfidentialityRequest;
import vn.congdoan.sangkien.security.Roles;

import java.util.List;

@Path("/api/v1/initiatives/{id}/attachments")
@Tag(name = "Attachments", description = "Tệp đính kèm hồ sơ / dossier files")
public class AttachmentResource {

    private final AttachmentService service;

    public AttachmentResource(AttachmentService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER, Roles.EVALUATOR})
    @Operation(summary = "Các tệp của hồ sơ / the dossier's files",
            description = "Tệp mật chỉ có trong danh sách cho người được xem phần bảo mật của hồ sơ. "
                    + "/ Confidential files are listed only for who may read the dossier's confidential parts.")
    @APIResponse(responseCode = "200", description = "Tệp / files")
    @ProblemResponses.Lookup
    public List<AttachmentView> listAttachments(@PathParam("id") long id) {
        return service.list(id);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER})
    @Operation(summary = "Đính kèm tệp / attach a file",
            description = "PDF, PNG, JPEG, DOCX, XLSX hoặc ODT, nhận biết theo nội dung (đuôi tệp phải khớp), tối đa 10 MB; "
                    + "confidential=true: tệp mật. / PDF, PNG, JPEG, DOCX, XLSX or ODT, recognised from the bytes (the extension "
                    + "must match), at most 10 MB; confidential=true: a confidential file.")
    @APIResponse(responseCode = "201", description = "Đã lưu / stored",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AttachmentService.AttachmentView.class)))
    @APIResponse(responseCode = "413", description = "Tệp quá lớn / too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Loại tệp không được nhận / type not accepted", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @ProblemResponses.Write
    public Response uploadAttachment(@PathParam("id") long id,
                           @RestForm("file") @Schema(type = SchemaType.STRING, format = "binary") FileUpload file,
                           @RestForm("kind") AttachmentKind kind,
                           @RestForm("confidential") @Schema(defaultValue = "false", description = "Tệp mật / a confidential file")
                           Boolean confidential) {
        if (file == null) {
            throw ApiException.invalid(FieldProblem.of("file", "NotNull"));
        }
        // Both fields are read strictly by common.api.QueryParamConverters: a bad value is a 400 naming the field.
        AttachmentView stored = service.upload(id, kind, Boolean.TRUE.equals(confidential), file.fileName(), file.uploadedFile());
        return Response.status(Response.Status.CREATED).entity(stored).build();
    }

    @PUT
    @Path("/{attachmentId}/confidential")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER})
    @Operation(summary = "Đánh dấu tệp mật / mark a file confidential or not",
            description = "Người được thay đổi tệp của hồ sơ; tệp đã mật chỉ người được xem phần bảo mật mới đổi được. "
                    + "/ By who may change the dossier's files; a confidential file only by who may read the confidential parts.")
    @APIResponse(responseCode = "200", description = "Tệp sau khi đổi / the file after the change")
    @ProblemResponses.Write
    public AttachmentView setAttachmentConfidential(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId,
                                                    @Valid @NotNull ConfidentialityRequest request) {
        return service.setConfidential(id, attachmentId, request.confidential());
    }

    @GET
    @Path("/{attachmentId}")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER, Roles.EVALUATOR})
    @Operation(summary = "Tải tệp / download a file")
    // Sent as the type recognised at upload (ContentSniffer.FileType): one entry per accepted type.
    @APIResponse(responseCode = "200", description = "Nội dung tệp, đúng loại đã nhận biết khi tải lên / the file, as the type recognised at upload",
            content = {@Content(mediaType = "application/pdf", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                        schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "application/vnd.oasis.opendocument.text", schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @ProblemResponses.Lookup
    public Response downloadAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        Attachment attachment = service.download(id, attachmentId);
        return Response.ok(attachment.content, attachment.contentType)
                .header("Content-Disposition", FileNames.contentDisposition(attachment.fileName))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @DELETE
    @Path("/{attachmentId}")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER})
    @Operation(summary = "Xóa tệp / remove a file")
    @APIResponse(responseCode = "204", description = "Đã xóa / removed")
    @ProblemResponses.Secured
    @ProblemResponses.NotFound
    @ProblemResponses.Conflict
    public void deleteAttachment(@PathParam("id") long id, @PathParam("attachmentId") long attachmentId) {
        service.delete(id, attachmentId);
    }
}
