package vn.congdoan.sangkien.common.db;

import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;

import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rows mapped to a record by column name (Jdbi's {@link ConstructorMapper}), matched once per column layout instead of
 * on every statement. Jdbi matches a record's parameters to the result's columns anew for each result set, with
 * reflection on the constructor's parameters: for a dossier's 42 columns that was most of a read's Java time (the
 * by-id read fell to a third of its throughput). The SQL of a repository is fixed, so its layout is matched once.
 */
public final class RecordRows<T> implements RowMapper<T> {

    private final RowMapper<T> byName;
    private final Map<Layout, RowMapper<T>> matched = new ConcurrentHashMap<>();

    private RecordRows(Class<T> type) {
        this.byName = ConstructorMapper.of(type);
    }

    public static <T> RecordRows<T> of(Class<T> type) {
        return new RecordRows<>(type);
    }

    @Override
    public RowMapper<T> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
        Layout layout = Layout.of(rs.getMetaData());
        RowMapper<T> mapper = matched.get(layout);
        if (mapper == null) {
            mapper = byName.specialize(rs, ctx);
            matched.put(layout, mapper);
        }
        return mapper;
    }

    @Override
    public T map(ResultSet rs, StatementContext ctx) throws SQLException {
        return specialize(rs, ctx).map(rs, ctx);
    }

    /** The columns of a result, by label and type, in order. */
    private record Layout(String[] columns) {

        static Layout of(ResultSetMetaData meta) throws SQLException {
            String[] columns = new String[meta.getColumnCount() * 2];
            for (int i = 0; i < columns.length / 2; i++) {
                columns[2 * i] = meta.getColumnLabel(i + 1);
                columns[2 * i + 1] = meta.getColumnTypeName(i + 1);
            }
            return new Layout(columns);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Layout layout && Arrays.equals(columns, layout.columns);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(columns);
        }
    }
}
