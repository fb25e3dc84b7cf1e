package vn.congdoan.sangkien.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The audit trail of Envers (V3, V31) read as a list of changes. Read with SQL rather than Envers' AuditReader: the
 * reader queries one entity class at a time, so a newest-first page over eleven kinds with filters and a total would
 * be eleven queries merged and counted in memory; here it is one UNION ALL of the _aud tables' own columns, paged in
 * the database, and the before/after states are built for the page's rows only (page.sql).
 */
@ApplicationScoped
public class AuditChanges {

    private static final String PAGE = SqlFiles.of(AuditChanges.class, "page");
    private static final RowMapper<Row> ROW = RecordRows.of(Row.class);
    /** Columns that identify the row or the revision, not a field of the object. */
    private static final Set<String> NOT_FIELDS = Set.of("id", "rev", "revtype");
    /** Bounds: a change lists at most this many fields, each value cut to this length. */
    static final int MAX_FIELDS = 40;
    static final int MAX_VALUE = 300;

    private final Jdbi jdbi;
    private final ObjectMapper json;

    public AuditChanges(Jdbi jdbi, ObjectMapper json) {
        this.jdbi = jdbi;
        this.json = json;
    }

    @Schema(name = "AuditKind", description = "Loại đối tượng / the kind of object changed")
    public enum Kind { REWARD, CLUSTER, COUNCIL, RUBRIC, SCORE_SHEET, QUOTA, UNIT, PROGRAM, PERIOD, INITIATIVE }

    @Schema(name = "AuditOperation", description = "Thêm, sửa, xóa / added, modified, deleted")
    public enum Operation { ADD, MOD, DEL }

    @Schema(name = "AuditFieldChange", description = "Một trường đã đổi / one changed field")
    public record FieldChange(
            @Schema(examples = "target") String field,
            @Schema(description = "Giá trị trước; không có: chưa có / the value before; absent: none", examples = "120") String before,
            @Schema(description = "Giá trị sau; không có: đã bỏ / the value after; absent: none", examples = "135") String after) {
    }

    @Schema(name = "AuditChange", description = "Một thay đổi trong nhật ký / one change of the audit trail")
    public record AuditChange(
            @Schema(description = "Số hiệu lần sửa (Envers) / the revision number", examples = "351") long revision,
            OffsetDateTime at,
            @Schema(examples = "ldld.laichau") String username,
            Kind kind,
            @Schema(examples = "1042") long entityId,
            @Schema(description = "Tên gọi dễ đọc: mã đơn vị, mã chương trình… / a readable label: unit code, programme code…",
                    examples = "LCH-PT · GD1") String label,
            Operation operation,
            @Schema(description = "Các trường đã đổi so với lần sửa trước của cùng đối tượng (tối đa 40, mỗi giá trị tối đa 300 ký tự) "
                    + "/ the fields changed since the same object's previous revision (at most 40, values cut at 300 characters)")
            List<FieldChange> changes) {
    }

    record Row(long revision, long timestamp, String username, String kind, long entityId, String label, int revtype,
               long total, String afterState, String beforeState) {
    }

    /** What to look for; every part may be null. {@code toMillis} is exclusive. */
    public record Filter(Kind kind, String username, Long fromMillis, Long toMillis, String q) {
    }

    public record Found(List<AuditChange> items, long total) {
    }

    public Found page(Filter filter, int page, int size) {
        List<Row> rows = jdbi.withHandle(h -> h.createQuery(PAGE)
                .bind("kind", filter.kind() == null ? null : filter.kind().name())
                .bind("username", filter.username()).bind("fromMillis", filter.fromMillis()).bind("toMillis", filter.toMillis())
                .bind("q", filter.q()).bind("limit", size).bind("offset", (long) page * size).map(ROW).list());
        return new Found(rows.stream().map(this::change).toList(), rows.isEmpty() ? 0 : rows.get(0).total());
    }

    private AuditChange change(Row row) {
        Operation operation = Operation.values()[row.revtype()];
        JsonNode after = parse(row.afterState());
        JsonNode before = parse(row.beforeState());
        // A deletion's row holds what was deleted (store-data-at-delete): shown as the values before, none after.
        if (operation == Operation.DEL) {
            before = after;
            after = json.createObjectNode();
        }
        return new AuditChange(row.revision(), Instant.ofEpochMilli(row.timestamp()).atOffset(ZoneOffset.UTC), row.username(),
                Kind.valueOf(row.kind()), row.entityId(), row.label(), operation, diff(before, after));
    }

    /** The fields whose values differ, named as in the API (camelCase), in the table's column order. */
    static List<FieldChange> diff(JsonNode before, JsonNode after) {
        Set<String> names = new LinkedHashSet<>();
        after.fieldNames().forEachRemaining(names::add);
        before.fieldNames().forEachRemaining(names::add);
        List<FieldChange> changes = new ArrayList<>();
        for (Iterator<String> it = names.iterator(); it.hasNext() && changes.size() < MAX_FIELDS; ) {
            String name = it.next();
            if (NOT_FIELDS.contains(name)) {
                continue;
            }
            String was = text(before.get(name));
            String is = text(after.get(name));
            if (was == null ? is != null : !was.equals(is)) {
                changes.add(new FieldChange(camel(name), was, is));
            }
        }
        return changes;
    }

    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.length() > MAX_VALUE ? text.substring(0, MAX_VALUE - 1) + "…" : text;
    }

    static String camel(String column) {
        StringBuilder name = new StringBuilder();
        boolean upper = false;
        for (char c : column.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return name.toString();
    }

    /** Numbers as the database wrote them (points 20.00, not 20.0). */
    private JsonNode parse(String state) {
        if (state == null) {
            return json.createObjectNode();
        }
        try {
            return json.reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                    .without(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES).readTree(state);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an audit state that is not JSON", e);
        }
    }
}
