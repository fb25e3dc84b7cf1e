package vn.congdoan.sangkien.unit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** What the units API reads and writes. */
public final class UnitDtos {

    private UnitDtos() {
    }

    @Schema(name = "Unit", description = "Đơn vị công đoàn / union unit")
    public record UnitView(
            @Schema(examples = "LCH-PT") String code,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String name,
            UnitType type,
            @Schema(description = "Khối (đối tượng đoàn viên), nếu có / sector of its members, if any") UnitSector sector,
            @Schema(examples = "LCH") String parentCode,
            @Schema(description = "Cấp trong cây, 0 là gốc / level in the tree, 0 at the root", examples = "2") int depth,
            @Schema(examples = "2021-09-01") LocalDate validFrom,
            @Schema(examples = "2025-06-30") LocalDate validTo,
            @Schema(description = "Lần sửa cuối / last changed") OffsetDateTime updatedAt,
            @Schema(description = "Phiên bản cho khóa lạc quan / optimistic-lock version", examples = "0") long version) {
    }

    @Schema(name = "UnitNode", description = "Đơn vị và các đơn vị trực thuộc / a unit with its children")
    public record UnitNode(
            @Schema(examples = "LCH") String code,
            @Schema(examples = "LĐLĐ tỉnh Lai Châu") String name,
            @Schema(examples = "PROVINCIAL_FEDERATION") UnitType type,
            @Schema(examples = "[{\"code\": \"LCH-PT\", \"name\": \"LĐLĐ huyện Phong Thổ\", \"type\": \"DISTRICT_FEDERATION\", \"children\": []}]")
            List<UnitNode> children) {
    }

    @Schema(name = "UnitCreate")
    public record UnitCreate(
            @NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*") @Schema(examples = "LCH-PT-CDCS01") String code,
            @NotBlank @Size(max = 255) @Schema(examples = "Công đoàn cơ sở Trường THPT Phong Thổ") String name,
            @NotNull UnitType type,
            @Schema(description = "Khối (đối tượng đoàn viên) / sector of its members") UnitSector sector,
            @Size(max = 40) @Schema(examples = "LCH-PT") String parentCode,
            @NotNull @Schema(examples = "2021-09-01") LocalDate validFrom,
            LocalDate validTo) {
    }

    @Schema(name = "UnitUpdate", description = "Thay toàn bộ thông tin đơn vị / replaces the unit's data")
    public record UnitUpdate(
            @NotBlank @Size(max = 255) String name,
            @NotNull UnitType type,
            @Schema(description = "Khối (đối tượng đoàn viên) / sector of its members") UnitSector sector,
            @Size(max = 40) String parentCode,
            @NotNull LocalDate validFrom,
            LocalDate validTo,
            @Schema(description = "Ngày chuyển sang đơn vị cấp trên mới, mặc định hôm nay; các giai đoạn kết thúc trước đó vẫn tính cho đơn vị cấp trên cũ "
                    + "/ the day a move to a new parent takes effect, default today; periods that ended before still count for the old parent",
                    examples = "2022-07-01") @PastOrPresent LocalDate movedOn,
            @NotNull @Schema(examples = "0") Long version) {
    }

    @Schema(name = "SupportTeamMemberWrite", description = "Thành viên tổ hỗ trợ sáng kiến / a support team member")
    public record SupportTeamMemberDto(
            @NotBlank @Size(max = 255) @Schema(description = "Tài khoản Keycloak / Keycloak username", examples = "hotro.phongtho") String username,
            @NotBlank @Size(max = 255) @Schema(examples = "Vàng Thị Mai") String fullName) {
    }

    @Schema(name = "SupportTeamMember", description = "Thành viên tổ hỗ trợ sáng kiến / a support team member")
    public record SupportTeamMemberView(
            @Schema(examples = "hotro.phongtho") String username,
            @Schema(examples = "Vàng Thị Mai") String fullName,
            @Schema(description = "Người thêm / who added them", examples = "cb.phongtho") String addedBy,
            OffsetDateTime addedAt) {
    }

    @Schema(name = "SupportTeam", description = "Tổ hỗ trợ sáng kiến của đơn vị: lập hồ sơ thay cho đoàn viên / a unit's initiative support team: files dossiers for its members")
    public record SupportTeamView(
            @Schema(examples = "LCH-PT") String unitCode,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String unitName,
            @Schema(examples = "[{\"username\": \"hotro.phongtho\", \"fullName\": \"Vàng Thị Mai\", \"addedBy\": \"cb.phongtho\", \"addedAt\": \"2026-12-03T08:00:00Z\"}]")
            List<SupportTeamMemberView> members) {
    }

    @Schema(name = "SupportTeamWrite", description = "Thay toàn bộ tổ hỗ trợ / replaces the support team")
    public record SupportTeamWrite(
            @NotNull @Size(max = 100) @Schema(examples = "[{\"username\": \"hotro.phongtho\", \"fullName\": \"Vàng Thị Mai\"}]")
            List<@Valid @NotNull SupportTeamMemberDto> members) {
    }

    @Schema(name = "UnitChange", description = "Một đơn vị như bản sao cần giữ; mã là định danh ổn định / a unit as a mirror keeps it; the code is its stable id")
    public record UnitChange(
            @Schema(examples = "LCH-PT") String code,
            @Schema(examples = "LĐLĐ huyện Phong Thổ") String name,
            UnitType type,
            UnitSector sector,
            @Schema(examples = "LCH") String parentCode,
            @Schema(examples = "2") int depth,
            @Schema(examples = "2021-09-01") LocalDate validFrom,
            @Schema(description = "Ngày đóng, nếu đã đóng (đơn vị không bao giờ bị xóa) / the day it closed, if closed (units are never deleted)",
                    examples = "2025-06-30") LocalDate validTo,
            OffsetDateTime updatedAt) {
    }

    @Schema(name = "UnitChanges", description = "Một trang thay đổi của cây đơn vị; gọi lại ngay với next khi more / one page of the unit tree's changes; "
            + "call again with next at once while more is true")
    public record UnitChanges(
            List<UnitChange> items,
            @Schema(description = "Mã đồng bộ cho lần gọi sau / the sync token for the next call (opaque)",
                    examples = "c1.MTIzLjEyMy40NTYuMS43ODk") String next,
            @Schema(description = "Còn thay đổi: gọi lại ngay / more changes are waiting: call again now", examples = "false") boolean more) {
    }
}
