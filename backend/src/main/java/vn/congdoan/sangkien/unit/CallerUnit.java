package vn.congdoan.sangkien.unit;

import jakarta.enterprise.context.RequestScoped;
import vn.congdoan.sangkien.security.CurrentUser;

import java.util.Optional;

/** The unit the caller's token names (claim "unit_code"), looked up once per request. */
@RequestScoped
public class CallerUnit {

    private final CurrentUser user;
    private final UnitRepository units;
    private Optional<Unit> unit;

    public CallerUnit(CurrentUser user, UnitRepository units) {
        this.user = user;
        this.units = units;
    }

    public Optional<Unit> get() {
        if (unit == null) {
            String code = user.unitCode();
            unit = code == null ? Optional.empty() : units.findByCode(code);
        }
        return unit;
    }
}
