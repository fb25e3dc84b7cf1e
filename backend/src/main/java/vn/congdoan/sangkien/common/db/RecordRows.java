package vn.congdoan.sangkien.common.db;

import org.jdbi.v3.core.mapper.ColumnMapper;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.reflect.ColumnNameMatcher;
import org.jdbi.v3.core.mapper.reflect.ReflectionMappers;
import org.jdbi.v3.core.qualifier.QualifiedType;
import org.jdbi.v3.core.statement.StatementContext;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rows mapped to a record by column name, with Jdbi's own column mappers and name matchers, matched once per column
 * layout. Jdbi's {@code ConstructorMapper} does the same matching anew for every result set (reflection over the
 * constructor's parameters) and builds each record through {@code MethodHandle.invokeWithArguments}, which makes a
 * spreader per row: for the dossier read's 42 columns the two were a fifth of the read's Java time (bench/README.md).
 * Here a layout is matched once and each row goes through one spreader made once.
 */
public final class RecordRows<T> implements RowMapper<T> {

    private final Class<T> type;
    private final RecordComponent[] components;
    private final MethodHandle constructor;
    private final Map<Layout, Bound<T>> matched = new ConcurrentHashMap<>();

    private RecordRows(Class<T> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record");
        }
        this.type = type;
        this.components = type.getRecordComponents();
        Class<?>[] parameterTypes = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(parameterTypes);
            canonical.setAccessible(true); // records of a repository are often package-private
            this.constructor = MethodHandles.lookup().unreflectConstructor(canonical)
                    .asSpreader(Object[].class, components.length);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no canonical constructor on " + type, e);
        }
    }

    public static <T> RecordRows<T> of(Class<T> type) {
        return new RecordRows<>(type);
    }

    @Override
    public RowMapper<T> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
        Layout layout = Layout.of(rs.getMetaData());
        Bound<T> bound = matched.get(layout);
        if (bound == null) {
            bound = bind(layout, ctx);
            matched.put(layout, bound);
        }
        return bound;
    }

    @Override
    public T map(ResultSet rs, StatementContext ctx) throws SQLException {
        return specialize(rs, ctx).map(rs, ctx);
    }

    /** Each record component to the one column whose label matches it, through Jdbi's configured name matchers. */
    private Bound<T> bind(Layout layout, StatementContext ctx) {
        List<ColumnNameMatcher> matchers = ctx.getConfig(ReflectionMappers.class).getColumnNameMatchers();
        int[] columns = new int[components.length];
        ColumnMapper<?>[] mappers = new ColumnMapper<?>[components.length];
        for (int p = 0; p < components.length; p++) {
            RecordComponent component = components[p];
            columns[p] = layout.columnFor(component.getName(), matchers, type);
            mappers[p] = ctx.findColumnMapperFor(QualifiedType.of(component.getGenericType())).orElseThrow(
                    () -> new IllegalStateException("no column mapper for " + component + " of " + type));
        }
        return new Bound<>(constructor, columns, mappers);
    }

    /** A record type bound to one column layout: reads the matched columns and calls the constructor. */
    private record Bound<T>(MethodHandle constructor, int[] columns, ColumnMapper<?>[] mappers) implements RowMapper<T> {

        @Override
        @SuppressWarnings("unchecked")
        public T map(ResultSet rs, StatementContext ctx) throws SQLException {
            Object[] values = new Object[columns.length];
            for (int p = 0; p < columns.length; p++) {
                values[p] = mappers[p].map(rs, columns[p], ctx);
            }
            try {
                return (T) constructor.invoke(values);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("could not build a row", e);
            }
        }
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

        /** The 1-based index of the single column matching a parameter name; none or two is a mistake in the SQL. */
        int columnFor(String parameter, List<ColumnNameMatcher> matchers, Class<?> type) {
            int found = -1;
            for (int i = 0; i < columns.length / 2; i++) {
                String label = columns[2 * i];
                if (matchers.stream().anyMatch(m -> m.columnNameMatches(label, parameter))) {
                    if (found != -1) {
                        throw new IllegalStateException("two columns match " + parameter + " of " + type);
                    }
                    found = i + 1;
                }
            }
            if (found == -1) {
                throw new IllegalStateException("no column for " + parameter + " of " + type);
            }
            return found;
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
