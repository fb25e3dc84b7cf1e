package vn.congdoan.sangkien.unit.importing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.spreadsheet.ImportMode;
import vn.congdoan.sangkien.common.spreadsheet.RejectedRow;
import vn.congdoan.sangkien.common.spreadsheet.RowCells;
import vn.congdoan.sangkien.common.spreadsheet.SheetColumn;
import vn.congdoan.sangkien.common.spreadsheet.SheetReader;
import vn.congdoan.sangkien.common.spreadsheet.SheetReader.Sheet;
import vn.congdoan.sangkien.common.spreadsheet.SheetReader.SheetRow;
import vn.congdoan.sangkien.common.text.VietnamClock;
import vn.congdoan.sangkien.unit.Unit;
import vn.congdoan.sangkien.unit.UnitRepository;
import vn.congdoan.sangkien.unit.UnitScope;
import vn.congdoan.sangkien.unit.UnitSector;
import vn.congdoan.sangkien.unit.UnitType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static vn.congdoan.sangkien.unit.importing.UnitImportColumn.CODE;
import static vn.congdoan.sangkien.unit.importing.UnitImportColumn.NAME;
import static vn.congdoan.sangkien.unit.importing.UnitImportColumn.PARENT_CODE;
import static vn.congdoan.sangkien.unit.importing.UnitImportColumn.SECTOR;
import static vn.congdoan.sangkien.unit.importing.UnitImportColumn.TYPE;
import static vn.congdoan.sangkien.unit.importing.UnitImportColumn.VALID_FROM;

/**
 * A district's list of grassroots unions, from CSV or XLSX, checked row by row like the initiative import: a dry run
 * checks and saves nothing. A unit's natural key is its code: a row whose unit already exists exactly as written is
 * skipped (the same list sent twice creates nothing), one that differs is rejected (the import never changes a unit).
 * A parent may be a unit of the officer's subtree or one created by a row above.
 */
@ApplicationScoped
public class UnitImportService {

    static final int MAX_ROWS = 5_000;
    private static final Pattern CODE_PATTERN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private final UnitRepository units;
    private final UnitScope scope;

    public UnitImportService(UnitRepository units, UnitScope scope) {
        this.units = units;
        this.scope = scope;
    }

    @Transactional
    public UnitImportResult importUnits(byte[] body, boolean xlsx, ImportMode mode, boolean dryRun) {
        if (body == null || body.length == 0) {
            throw ApiException.invalid(FieldProblem.of("file", "NotEmpty"));
        }
        Sheet sheet = SheetReader.read(body, xlsx, cell -> SheetColumn.ofHeader(UnitImportColumn.class, cell).isPresent());
        if (sheet.rows().size() > MAX_ROWS) {
            throw ApiException.tooLarge("import-too-many-rows", MAX_ROWS);
        }
        Map<UnitImportColumn, Integer> columns = SheetColumn.indexes(UnitImportColumn.class, sheet.header());
        List<FieldProblem> missing = SheetColumn.missing(UnitImportColumn.class, columns);
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
        if (sheet.rows().isEmpty()) {
            throw ApiException.invalid(FieldProblem.of("file", "NotEmpty"));
        }
        Rows rows = new Rows(columns, known(sheet, columns));
        sheet.rows().forEach(rows::take);
        if (mode == ImportMode.ALL_OR_NOTHING && !rows.rejected.isEmpty()) {
            throw ApiException.invalid("import-rejected", rows.rejected.stream().flatMap(r -> r.errors().stream()).toList(),
                    rows.rejected.size());
        }
        if (!dryRun) {
            rows.created.forEach(units::persist); // in file order: a parent before the units under it
            units.flush();
        }
        return new UnitImportResult(dryRun, mode, sheet.rows().size(), rows.created.size(), rows.unchanged,
                rows.rejected.size(), rows.created.stream().map(u -> u.code).toList(), rows.rejected);
    }

    /** The units the file names (as units or as parents) that exist, whoever may see them: one query. */
    private Map<String, Unit> known(Sheet sheet, Map<UnitImportColumn, Integer> columns) {
        Set<String> codes = new HashSet<>();
        for (SheetRow row : sheet.rows()) {
            codes.add(row.cell(columns.get(CODE)));
            codes.add(row.cell(columns.get(PARENT_CODE)));
        }
        return units.list("code in ?1", codes).stream().collect(Collectors.toMap(u -> u.code, u -> u));
    }

    /** The rows as they are checked: the units to create, in file order, and the rest. */
    private final class Rows {
        private final Map<UnitImportColumn, Integer> columns;
        private final Map<String, Unit> known;
        private final Map<String, Unit> fromFile = new HashMap<>();
        private final Set<String> seen = new HashSet<>();
        private final List<Unit> created = new ArrayList<>();
        private final List<RejectedRow> rejected = new ArrayList<>();
        private int unchanged;

        Rows(Map<UnitImportColumn, Integer> columns, Map<String, Unit> known) {
            this.columns = columns;
            this.known = known;
        }

        void take(SheetRow row) {
            List<FieldProblem> problems = new ArrayList<>();
            RowCells<UnitImportColumn> cells = new RowCells<>(columns, row, problems);
            String code = cells.required(CODE).filter(c -> {
                if (!CODE_PATTERN.matcher(c).matches()) {
                    cells.add(CODE, "Pattern");
                    return false;
                }
                return cells.maxLength(CODE, c, 40);
            }).orElse(null);
            String name = cells.required(NAME).filter(n -> cells.maxLength(NAME, n, 255)).orElse(null);
            Unit parent = cells.required(PARENT_CODE).flatMap(p -> {
                Optional<Unit> found = Optional.ofNullable(fromFile.get(p)).or(() -> Optional.ofNullable(known.get(p)).filter(scope::covers));
                if (found.isEmpty()) {
                    cells.add(PARENT_CODE, "UnitExists", p);
                }
                return found;
            }).orElse(null);
            UnitType type = cells.optional(TYPE).map(v -> cells.oneOf(TYPE, v, UnitType.class, Set.of(UnitType.values())).orElse(null))
                    .orElse(UnitType.GRASSROOTS);
            UnitSector sector = cells.optional(SECTOR)
                    .flatMap(v -> cells.oneOf(SECTOR, v, UnitSector.class, Set.of(UnitSector.values()))).orElse(null);
            LocalDate validFrom = cells.optional(VALID_FROM).map(v -> cells.date(VALID_FROM, v).orElse(null)).orElse(VietnamClock.today());
            if (code != null && !seen.add(code)) {
                cells.add(CODE, "UnitCodeTwiceInFile", code);
            } else if (code != null && known.containsKey(code)) {
                Unit existing = known.get(code);
                if (problems.isEmpty() && sameAs(existing, name, parent, type, sector)) {
                    unchanged++;
                    return;
                }
                cells.add(CODE, "UnitCodeTaken", code);
            }
            if (!problems.isEmpty() || type == null || validFrom == null) {
                rejected.add(new RejectedRow(row.number(), problems));
                return;
            }
            Unit unit = new Unit();
            unit.code = code;
            unit.name = name;
            unit.type = type;
            unit.sector = sector;
            unit.parent = parent;
            unit.validFrom = validFrom;
            created.add(unit);
            fromFile.put(code, unit);
        }

        private boolean sameAs(Unit existing, String name, Unit parent, UnitType type, UnitSector sector) {
            return existing.name.equals(name) && existing.type == type && existing.sector == sector
                    && existing.parent != null && parent != null && Objects.equals(existing.parent.id, parent.id);
        }
    }
}
