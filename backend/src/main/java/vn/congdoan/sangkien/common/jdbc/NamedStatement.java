package vn.congdoan.sangkien.common.jdbc;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * SQL with named parameters (":name", each as often as needed) for plain JDBC, where a hot read is cheaper than
 * through Hibernate's native queries (a third of a progress report's Java time was Hibernate interpreting and mapping
 * a result it has no entity for). The text is parsed once; PgJDBC keeps the prepared statement per connection, so
 * PostgreSQL still reuses its plan.
 */
public record NamedStatement(String sql, List<String> names) {

    // A colon before a name, not part of a "::" cast; quoted text is not looked into, so keep names out of literals.
    private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([a-zA-Z]\\w*)");

    public static NamedStatement of(String namedSql) {
        List<String> names = new ArrayList<>();
        Matcher matcher = PARAMETER.matcher(namedSql);
        StringBuilder sql = new StringBuilder();
        while (matcher.find()) {
            names.add(matcher.group(1));
            matcher.appendReplacement(sql, "?");
        }
        matcher.appendTail(sql);
        return new NamedStatement(sql.toString(), List.copyOf(names));
    }

    /** Reads the rows of the statement on the persistence context's connection (its transaction, if any). */
    public <T> T query(EntityManager entityManager, Map<String, ?> values, Rows<T> reader) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> query(connection, values, reader));
    }

    /**
     * Reads the rows on a connection of its own from the pool, for a hot read that needs no persistence context:
     * opening Hibernate's session and handing its connection over cost a read of a dossier a twentieth of its time.
     * Inside a transaction the pool hands out the transaction's connection.
     */
    public <T> T query(DataSource dataSource, Map<String, ?> values, Rows<T> reader) {
        try (Connection connection = dataSource.getConnection()) {
            return query(connection, values, reader);
        } catch (SQLException e) {
            throw new PersistenceException(e);
        }
    }

    /** Reads the rows of the statement on a connection the caller holds. */
    public <T> T query(Connection connection, Map<String, ?> values, Rows<T> reader) throws SQLException {
        try (PreparedStatement prepared = prepare(connection, values); ResultSet rs = prepared.executeQuery()) {
            return reader.read(rs);
        }
    }

    /** What a caller makes of the rows. */
    @FunctionalInterface
    public interface Rows<T> {
        T read(ResultSet rs) throws SQLException;
    }

    /** Prepares the statement with every parameter bound. */
    public PreparedStatement prepare(Connection connection, Map<String, ?> values) throws SQLException {
        List<Object> inOrder = valuesInOrder(values);
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < inOrder.size(); i++) {
                statement.setObject(i + 1, inOrder.get(i));
            }
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    /** The values by position; a name without a value is a programming error, caught before anything is sent. */
    List<Object> valuesInOrder(Map<String, ?> values) {
        List<Object> inOrder = new ArrayList<>(names.size());
        for (String name : names) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("no value for :" + name);
            }
            inOrder.add(values.get(name));
        }
        return inOrder;
    }
}
