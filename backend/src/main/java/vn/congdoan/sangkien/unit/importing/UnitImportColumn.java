package vn.congdoan.sangkien.unit.importing;

import vn.congdoan.sangkien.common.spreadsheet.SheetColumn;

/** The columns of the unit import template (how a header cell names one: {@link SheetColumn}). */
public enum UnitImportColumn implements SheetColumn {
    CODE("code", "Mã đơn vị", true),
    NAME("name", "Tên đơn vị", true),
    PARENT_CODE("parentCode", "Mã đơn vị cấp trên", true),
    TYPE("type", "Loại đơn vị", false),
    SECTOR("sector", "Khối", false),
    VALID_FROM("validFrom", "Ngày thành lập", false);

    private final String key;
    private final String label;
    private final boolean required;

    UnitImportColumn(String key, String label, boolean required) {
        this.key = key;
        this.label = label;
        this.required = required;
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public boolean required() {
        return required;
    }
}
