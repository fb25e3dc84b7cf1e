package vn.congdoan.sangkien.unit.importing;

import vn.congdoan.sangkien.common.spreadsheet.SheetColumn;
import vn.congdoan.sangkien.unit.UnitSector;
import vn.congdoan.sangkien.unit.UnitType;

import java.util.EnumSet;
import java.util.List;

/** The columns of the unit import template (how a header cell names one: {@link SheetColumn}). */
public enum UnitImportColumn implements SheetColumn {
    CODE("code", "Mã đơn vị", true),
    NAME("name", "Tên đơn vị", true),
    PARENT_CODE("parentCode", "Mã đơn vị cấp trên", true),
    TYPE("type", "Loại đơn vị", false, Spec.names(EnumSet.allOf(UnitType.class))),
    SECTOR("sector", "Khối", false, Spec.names(EnumSet.allOf(UnitSector.class))),
    VALID_FROM("validFrom", "Ngày thành lập", false);

    private final Spec spec;

    UnitImportColumn(String key, String label, boolean required) {
        this(key, label, required, List.of());
    }

    UnitImportColumn(String key, String label, boolean required, List<String> choices) {
        this.spec = new Spec(key, label, required, choices);
    }

    @Override
    public Spec spec() {
        return spec;
    }
}
