package vn.congdoan.sangkien.initiative;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeView;
import vn.congdoan.sangkien.initiative.LifecycleDtos.HistoryEntry;
import vn.congdoan.sangkien.initiative.LifecycleDtos.ReasonRequest;
import vn.congdoan.sangkien.initiative.LifecycleDtos.RecognitionRequest;
import vn.congdoan.sangkien.initiative.LifecycleDtos.TransitionRequest;
import vn.congdoan.sangkien.security.Roles;

import java.util.List;

@Path("/api/v1/initiatives/{id}")
@Tag(name = "Lifecycle", description = "Các bước của hồ sơ: nộp, trả lại, công nhận, không công nhận, kiểm tra hợp lệ / the dossier's steps")
public class LifecycleResource {

    private final LifecycleService lifecycle;
    private final InitiativeService initiatives;
    private final InitiativeHistory history;

    public LifecycleResource(LifecycleService lifecycle, InitiativeService initiatives, InitiativeHistory history) {
        this.lifecycle = lifecycle;
        this.initiatives = initiatives;
        this.history = history;
    }

    @POST
    @Path("/submit")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER})
    @Operation(summary = "Nộp hồ sơ / submit the dossier", description = "Từ DRAFT hoặc RETURNED; lần đầu được cấp số và ngày tiếp nhận, nộp lại giữ nguyên cả hai. / From DRAFT or RETURNED; the first time it gets a receipt number and date, which a resubmission keeps."
            + " Cán bộ nhập hồ sơ giấy ghi ngày tiếp nhận thực tế (occurredOn, mọi bước đều nhận); thành viên gửi occurredOn: 403."
            + " / An officer entering a paper record gives the real receipt date (occurredOn, which every step takes); a member sending it: 403.")
    @APIResponse(responseCode = "200", description = "Đã nộp, SUBMITTED / submitted")
    @ProblemResponses.Write
    public InitiativeView submit(@PathParam("id") long id, @Valid @NotNull TransitionRequest request) {
        return lifecycle.submit(id, request);
    }

    @POST
    @Path("/return")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
    @Operation(summary = "Trả lại để bổ sung / return for more information", description = "Từ SUBMITTED, UNDER_REVIEW hoặc RECOGNISED (khi kiểm tra); lý do bắt buộc. / With a reason.")
    @APIResponse(responseCode = "200", description = "RETURNED")
    @ProblemResponses.Write
    public InitiativeView returnForInformation(@PathParam("id") long id, @Valid @NotNull ReasonRequest request) {
        return lifecycle.returnForInformation(id, request);
    }

    @POST
    @Path("/recognise")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
    @Operation(summary = "Ghi nhận quyết định công nhận / record the recognition decision", description = "Từ UNDER_REVIEW. / From UNDER_REVIEW."
            + " Không do người lập hồ sơ hay một tác giả (403, nguyên tắc bốn mắt). / Not by whoever filed it or an author (403, four eyes).")
    @APIResponse(responseCode = "200", description = "RECOGNISED")
    @ProblemResponses.Write
    public InitiativeView recognise(@PathParam("id") long id, @Valid @NotNull RecognitionRequest request) {
        return lifecycle.recognise(id, request);
    }

    @POST
    @Path("/refuse")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
    @Operation(summary = "Ghi nhận không công nhận / record a refusal", description = "Từ UNDER_REVIEW, kèm lý do. / From UNDER_REVIEW, with reasons."
            + " Không do người lập hồ sơ hay một tác giả (403, nguyên tắc bốn mắt). / Not by whoever filed it or an author (403, four eyes).")
    @APIResponse(responseCode = "200", description = "REFUSED")
    @ProblemResponses.Write
    public InitiativeView refuse(@PathParam("id") long id, @Valid @NotNull ReasonRequest request) {
        return lifecycle.refuse(id, request);
    }

    @POST
    @Path("/validate")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER})
    @Operation(summary = "Công đoàn kiểm tra: hợp lệ / the union's check: valid", description = "Từ RECOGNISED; từ đây sáng kiến được tính vào chỉ tiêu. / From RECOGNISED; it now counts toward quotas."
            + " Không do người lập hồ sơ hay một tác giả (403, nguyên tắc bốn mắt). / Not by whoever filed it or an author (403, four eyes).")
    @APIResponse(responseCode = "200", description = "VALID")
    @ProblemResponses.Write
    public InitiativeView validate(@PathParam("id") long id, @Valid @NotNull TransitionRequest request) {
        return lifecycle.validate(id, request);
    }

    @GET
    @Path("/history")
    @RolesAllowed({Roles.ADMIN, Roles.FEDERATION_OFFICER, Roles.UNIT_OFFICER, Roles.MEMBER, Roles.EVALUATOR})
    @Operation(summary = "Lịch sử hồ sơ / the dossier's history", description = "Các bước (ai, khi nào, vì sao) và các lần sửa nội dung. / Steps and edits.")
    @APIResponse(responseCode = "200", description = "Theo thời gian / in time order")
    @ProblemResponses.Lookup
    public List<HistoryEntry> initiativeHistory(@PathParam("id") long id) {
        return history.of(initiatives.require(id));
    }
}
