package vn.congdoan.sangkien.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.congdoan.sangkien.audit.AuditChanges.AuditChange;
import vn.congdoan.sangkien.common.api.ProblemResponses;
import vn.congdoan.sangkien.common.paging.PageRequest;
import vn.congdoan.sangkien.common.paging.PageResult;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.security.Roles;

import java.time.LocalDate;

/**
 * The audit trail of changes (Envers) for administrators only: it spans every unit, and a federation officer's subtree
 * would need each kind's unit (a rubric or a programme has none), so it is not scoped yet.
 */
@Path("/api/v1/audit/changes")
@Tag(name = "Audit", description = "Nhật ký: ai đã xem phần bảo mật, ai đã sửa gì / audit: who read confidential parts, who changed what")
@RolesAllowed(Roles.ADMIN)
public class AuditChangeResource {

    private final AuditChanges changes;

    public AuditChangeResource(AuditChanges changes) {
        this.changes = changes;
    }

    @GET
    @Operation(summary = "Nhật ký thay đổi / the audit trail of changes",
            description = "Mới nhất trước: mọi thay đổi khen thưởng, cụm thi đua, hội đồng, bộ tiêu chí, phiếu chấm, chỉ tiêu, đơn vị, "
                    + "chương trình, giai đoạn và hồ sơ, ai làm, lúc nào, và các trường đổi (trước → sau). Chỉ quản trị viên. "
                    + "/ Newest first: every change of rewards, clusters, councils, rubrics, score sheets, quotas, units, programmes, "
                    + "periods and dossiers, who made it, when, and the fields changed (before → after). Administrators only.")
    @APIResponse(responseCode = "200", description = "Một trang / one page")
    @ProblemResponses.Query
    public PageResult<AuditChange> listAuditChanges(
            @QueryParam("entity") @Parameter(description = "Loại đối tượng / the kind of object", example = "QUOTA") AuditChanges.Kind entity,
            @QueryParam("user") @Size(max = 255) @Parameter(description = "Người sửa (tên đăng nhập) / who made it (username)", example = "admin") String user,
            @QueryParam("from") @Parameter(description = "Từ ngày (giờ Việt Nam) / from this day (Vietnam time)", example = "2022-01-01") LocalDate from,
            @QueryParam("to") @Parameter(description = "Đến hết ngày (giờ Việt Nam) / to the end of this day (Vietnam time)", example = "2030-12-31") LocalDate to,
            @QueryParam("q") @Size(max = 200) @Parameter(description = "Chữ trong tên gọi, hoặc số hiệu đối tượng / text in the label, or the object's id", example = "LCH") String q,
            @Valid @BeanParam PageRequest page) {
        AuditChanges.Filter filter = new AuditChanges.Filter(entity, blankToNull(user),
                from == null ? null : from.atStartOfDay(VietnamClock.VIETNAM).toInstant().toEpochMilli(),
                to == null ? null : to.plusDays(1).atStartOfDay(VietnamClock.VIETNAM).toInstant().toEpochMilli(),
                blankToNull(q));
        AuditChanges.Found found = changes.page(filter, page.page(), page.size());
        return PageResult.of(found.items(), page, found.total(), change -> change);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
