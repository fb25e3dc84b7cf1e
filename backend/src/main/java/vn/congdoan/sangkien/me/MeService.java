package vn.congdoan.sangkien.me;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.congdoan.sangkien.security.Accounts;
import vn.congdoan.sangkien.security.CurrentUser;
import vn.congdoan.sangkien.security.FullName;
import vn.congdoan.sangkien.security.Roles;
import vn.congdoan.sangkien.unit.UnitScope;

import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class MeService {

    private final CurrentUser user;
    private final UnitScope scope;
    private final Accounts accounts;

    public MeService(CurrentUser user, UnitScope scope, Accounts accounts) {
        this.accounts = accounts;
        this.user = user;
        this.scope = scope;
    }

    public Me me() {
        accounts.record(user);
        UnitRef unit = scope.ownUnit().map(u -> new UnitRef(u.code, u.name)).orElse(null);
        boolean admin = user.has(Roles.ADMIN);
        boolean officer = user.isOfficer();
        Permissions permissions = new Permissions(
                officer, // the units below their own (UnitService)
                officer,
                officer || user.has(Roles.MEMBER),
                admin || user.has(Roles.EVALUATOR),
                officer,
                officer || user.has(Roles.REPORTER),
                officer); // propose rewards for their unit, decide those their level gives (RewardService)
        return new Me(user.username(), name(), user.roles(), unit, scope.national(), permissions);
    }

    /** Family name first; a token without the separate claims (a service account) falls back to "name", then the username. */
    private String name() {
        return FullName.of(user.claim("family_name"), user.claim("given_name"))
                .or(() -> Optional.ofNullable(user.claim("name")).filter(name -> !name.isBlank()))
                .orElseGet(user::username);
    }

    @Schema(name = "Me")
    public record Me(
            @Schema(examples = "cb.phongtho") String username,
            @Schema(examples = "Lò Văn Minh") String name,
            @Schema(examples = "[\"unit_officer\"]") Set<String> roles,
            @Schema(description = "Đơn vị của người dùng, trống với tài khoản hệ thống / the user's unit") UnitRef unit,
            @Schema(description = "Thấy mọi đơn vị / sees every unit") boolean nationalScope,
            Permissions permissions) {
    }

    @Schema(name = "UnitRef")
    public record UnitRef(@Schema(examples = "LCH-PT") String code, @Schema(examples = "LĐLĐ huyện Phong Thổ") String name) {
    }

    @Schema(name = "Permissions", description = "Những việc người dùng được làm, để giao diện chỉ hiện các thao tác hợp lệ / what the UI may offer")
    public record Permissions(@Schema(examples = "false") boolean manageUnits, @Schema(examples = "true") boolean manageQuotas,
                              @Schema(examples = "true") boolean createInitiatives, @Schema(examples = "false") boolean reviewInitiatives,
                              @Schema(examples = "true") boolean checkInitiatives, @Schema(examples = "true") boolean viewReports,
                              @Schema(examples = "true") boolean manageRewards) {
    }
}
