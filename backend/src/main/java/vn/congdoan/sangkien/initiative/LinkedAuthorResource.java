package vn.congdoan.sangkien.initiative;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.initiative.InitiativeDtos.AuthorCorrection;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeView;
import vn.congdoan.sangkien.initiative.LifecycleDtos.TransitionRequest;
import vn.congdoan.sangkien.security.Roles;

/** The author linked to the caller's account, on a dossier filed for them: confirm or correct their own row. */
@Path("/api/v1/initiatives/{id}/authors/mine")
@Tag(name = "Initiatives", description = "Hồ sơ sáng kiến / initiative dossiers")
public class LinkedAuthorResource {

    private final InitiativeService service;

    public LinkedAuthorResource(InitiativeService service) {
        this.service = service;
    }

    @POST
    @Path("/confirm")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER, Roles.EVALUATOR})
    @Operation(summary = "Tác giả xác nhận thông tin của mình / the linked author confirms their details",
            description = "Chỉ tác giả liên kết với tài khoản người gọi (khác: 403), trước khi nộp (sau: 409); ghi vào lịch sử "
                    + "/ only the author linked to the caller's account (else 403), before submission (after: 409); recorded in the history")
    @APIResponse(responseCode = "200", description = "Hồ sơ / the dossier")
    @ProblemResponses.Write
    public InitiativeView confirmMyAuthorRow(@PathParam("id") long id, @Valid @NotNull TransitionRequest request) {
        return service.confirmAuthor(id, request.version(), request.note());
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER, Roles.EVALUATOR})
    @Operation(summary = "Tác giả sửa thông tin của mình / the linked author corrects their details",
            description = "Họ tên, ngày sinh, nơi công tác, chức danh, trình độ, đoàn viên; tỷ lệ đóng góp do người lập hồ sơ giữ. "
                    + "Chỉ trước khi nộp. / Name, birth date, workplace, job title, qualification, union member; the contribution "
                    + "share stays with the filer. Only before submission.")
    @APIResponse(responseCode = "200", description = "Hồ sơ / the dossier")
    @ProblemResponses.Write
    public InitiativeView correctMyAuthorRow(@PathParam("id") long id, @Valid @NotNull AuthorCorrection request) {
        return service.correctAuthor(id, request);
    }
}
