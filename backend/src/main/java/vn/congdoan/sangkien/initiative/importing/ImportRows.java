package vn.congdoan.sangkien.initiative.importing;

import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.initiative.InitiativeField;
import vn.congdoan.sangkien.initiative.InitiativeRules;
import vn.congdoan.sangkien.initiative.InitiativeStatus;
import vn.congdoan.sangkien.initiative.SolutionType;
import vn.congdoan.sangkien.common.spreadsheet.RejectedRow;
import vn.congdoan.sangkien.common.spreadsheet.RowCells;
import vn.congdoan.sangkien.common.spreadsheet.SheetColumn;
import vn.congdoan.sangkien.common.spreadsheet.SheetReader.SheetRow;
import vn.congdoan.sangkien.common.text.VietnameseFormats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/** Turns the rows of a sheet into initiatives to insert, or says for each wrong row which cell broke which rule. */
public final class ImportRows {

    /** The statuses a list kept in Excel may bring: the dossier's own steps are not replayed. */
    static final Set<InitiativeStatus> IMPORTABLE = Set.of(InitiativeStatus.DRAFT, InitiativeStatus.SUBMITTED,
            InitiativeStatus.RECOGNISED, InitiativeStatus.VALID);

    public record Author(String fullName, BigDecimal contributionPercent) {
    }

    /** A unit a file may name: what the rows need of it. */
    public record ImportUnit(long id, String code, String path) {
    }

    /**
     * @param foldedTitle the title folded once, for its column and the natural key
     * @param key         the row's natural key ({@link #naturalKey})
     */
    public record ImportedRow(int rowNumber, ImportUnit unit, String title, String foldedTitle, String summary,
                              SolutionType solutionType, InitiativeField field, LocalDate firstAppliedOn,
                              InitiativeStatus status, List<Author> authors, BigDecimal estimatedValueVnd, UUID key) {
    }

    private final long programId;
    private final Map<ImportColumn, Integer> columns;
    private final Function<String, Optional<ImportUnit>> unitsInScope;
    private final LocalDate windowStart;
    private final LocalDate windowEnd;

    /**
     * @param programId    the programme the rows are imported into (part of their natural key)
     * @param unitsInScope a unit by code, if it exists and the importer may report for it
     * @param windowStart  the programme's counting window
     */
    public ImportRows(long programId, List<String> header, Function<String, Optional<ImportUnit>> unitsInScope,
                      LocalDate windowStart, LocalDate windowEnd) {
        this.programId = programId;
        this.columns = SheetColumn.indexes(ImportColumn.class, header);
        this.unitsInScope = unitsInScope;
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
    }

    /** The required columns the header lacks, each as a problem naming the column's label. */
    public List<FieldProblem> missingColumns() {
        return SheetColumn.missing(ImportColumn.class, columns);
    }

    /** How many authors the rows can bring at most (one more than their separators): ids are taken before checking. */
    public int authorsAtMost(List<SheetRow> rows) {
        Integer column = columns.get(ImportColumn.AUTHORS);
        int count = 0;
        for (SheetRow row : rows) {
            String cell = column == null ? "" : row.cell(column);
            for (int i = 0; i < cell.length(); i++) {
                if (cell.charAt(i) == ';') {
                    count++;
                }
            }
            count++;
        }
        return count;
    }

    /** @return the row to import, or the problems of this row (fields named "rows[n].column") */
    public Object check(SheetRow row) {
        List<FieldProblem> problems = new ArrayList<>();
        RowCells<ImportColumn> cells = new RowCells<>(columns, row, problems);
        ImportUnit unit = cells.required(ImportColumn.UNIT_CODE).flatMap(code -> {
            Optional<ImportUnit> found = unitsInScope.apply(code);
            if (found.isEmpty()) {
                cells.add(ImportColumn.UNIT_CODE, "UnitExists", code);
            }
            return found;
        }).orElse(null);
        String title = cells.required(ImportColumn.TITLE).filter(t -> cells.maxLength(ImportColumn.TITLE, t, 500)).orElse(null);
        String summary = cells.optional(ImportColumn.SUMMARY).orElse(null);
        SolutionType solutionType = cells.required(ImportColumn.SOLUTION_TYPE)
                .flatMap(v -> cells.oneOf(ImportColumn.SOLUTION_TYPE, v, SolutionType.class, Set.of(SolutionType.values()))).orElse(null);
        InitiativeField field = cells.required(ImportColumn.FIELD)
                .flatMap(v -> cells.oneOf(ImportColumn.FIELD, v, InitiativeField.class, Set.of(InitiativeField.values()))).orElse(null);
        LocalDate firstApplied = cells.required(ImportColumn.FIRST_APPLIED_ON).flatMap(v -> date(cells, v)).orElse(null);
        InitiativeStatus status = cells.optional(ImportColumn.STATUS)
                .map(v -> cells.oneOf(ImportColumn.STATUS, v, InitiativeStatus.class, IMPORTABLE).orElse(null))
                .orElse(InitiativeStatus.DRAFT);
        List<Author> authors = cells.required(ImportColumn.AUTHORS).map(v -> authors(cells, v)).orElse(List.of());
        BigDecimal value = cells.optional(ImportColumn.ESTIMATED_VALUE_VND).flatMap(v -> money(cells, v)).orElse(null);
        if (!problems.isEmpty()) {
            return new RejectedRow(row.number(), problems);
        }
        String foldedTitle = SearchText.fold(title);
        return new ImportedRow(row.number(), unit, title, foldedTitle, summary, solutionType, field, firstApplied, status,
                authors, value, naturalKey(programId, unit.id(), foldedTitle, authors.get(0).fullName(), firstApplied));
    }

    /**
     * The natural key of a row as it stands in the file, before its checks: null when a part is missing or unreadable
     * (the row is then rejected anyway). The same key as {@link #check} gives the row if it passes: looked up in the
     * database before the load, for every row at once.
     */
    public UUID keyOf(SheetRow row) {
        Integer unitColumn = columns.get(ImportColumn.UNIT_CODE);
        Integer titleColumn = columns.get(ImportColumn.TITLE);
        Integer authorsColumn = columns.get(ImportColumn.AUTHORS);
        Integer dateColumn = columns.get(ImportColumn.FIRST_APPLIED_ON);
        if (unitColumn == null || titleColumn == null || authorsColumn == null || dateColumn == null) {
            return null;
        }
        Optional<ImportUnit> unit = unitsInScope.apply(row.cell(unitColumn));
        String title = row.cell(titleColumn);
        String firstAuthor = row.cell(authorsColumn).split(";", 2)[0].split(":", 2)[0];
        LocalDate day = RowCells.parseDate(row.cell(dateColumn)).orElse(null);
        if (unit.isEmpty() || title.isBlank() || firstAuthor.isBlank() || day == null) {
            return null;
        }
        return naturalKey(programId, unit.get().id(), SearchText.fold(title), firstAuthor, day);
    }

    /**
     * Programme, unit, title folded, first author's name folded, first-applied date: the same initiative whatever file
     * brings it (case, diacritics, spaces, other authors and other cells aside); in another programme, another dossier.
     * Hashed (a name-based UUID) so that its unique index stays small.
     */
    static UUID naturalKey(long programId, long unitId, String foldedTitle, String firstAuthor, LocalDate firstAppliedOn) {
        String key = programId + "\u001f" + unitId + "\u001f" + foldedTitle + "\u001f" + SearchText.fold(firstAuthor) + "\u001f" + firstAppliedOn;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8));
    }

    private Optional<LocalDate> date(RowCells<ImportColumn> cells, String text) {
        return cells.date(ImportColumn.FIRST_APPLIED_ON, text).filter(day -> {
            if (day.isBefore(windowStart) || day.isAfter(windowEnd)) {
                cells.add(ImportColumn.FIRST_APPLIED_ON, "WithinProgramWindow",
                        VietnameseFormats.date(windowStart), VietnameseFormats.date(windowEnd));
                return false;
            }
            return true;
        });
    }

    /** "Nguyễn Văn A: 60; Trần Thị B: 40", or one name alone for 100 %. */
    private static List<Author> authors(RowCells<ImportColumn> cells, String text) {
        List<Author> authors = new ArrayList<>();
        String[] parts = text.split(";");
        for (String part : parts) {
            String[] nameAndShare = part.split(":");
            String name = nameAndShare[0].strip();
            try {
                BigDecimal share = nameAndShare.length == 1 && parts.length == 1 ? BigDecimal.valueOf(100)
                        : new BigDecimal(nameAndShare[1].strip().replace("%", "").replace(',', '.'));
                // The column keeps two decimals: a share that rounds to 0 would break its check constraint (a 500).
                if (name.isEmpty() || name.length() > 255 || nameAndShare.length > 2
                        || share.setScale(2, RoundingMode.HALF_UP).signum() <= 0 || share.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw new NumberFormatException();
                }
                authors.add(new Author(name, share));
            } catch (RuntimeException e) {
                cells.add(ImportColumn.AUTHORS, "AuthorList");
                return List.of();
            }
        }
        int duplicate = InitiativeRules.firstDuplicate(
                authors.stream().map(a -> InitiativeRules.sameAuthor(a.fullName(), null)).toList());
        if (duplicate >= 0) {
            cells.add(ImportColumn.AUTHORS, "DistinctAuthors", authors.get(duplicate).fullName());
        }
        BigDecimal sum = authors.stream().map(Author::contributionPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.valueOf(100)) != 0) {
            cells.add(ImportColumn.AUTHORS, "ContributionSum", sum.stripTrailingZeros().toPlainString());
        }
        return authors;
    }

    private static Optional<BigDecimal> money(RowCells<ImportColumn> cells, String text) {
        try {
            BigDecimal value = new BigDecimal(text.replace(".", "").replace(" ", ""));
            if (value.signum() < 0 || value.scale() > 0 || value.precision() > 18) {
                throw new NumberFormatException();
            }
            return Optional.of(value);
        } catch (NumberFormatException e) {
            cells.add(ImportColumn.ESTIMATED_VALUE_VND, "WholeDong");
            return Optional.empty();
        }
    }
}
