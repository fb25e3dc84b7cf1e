package vn.congdoan.sangkien.common.jdbc;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NamedStatementTest {

    @Test
    void eachNameBecomesAPositionInOrderAndCastsStayCasts() {
        NamedStatement statement = NamedStatement.of(
                "select :a::text, x from t where d <= :day and coalesce(v, 'infinity') >= :day and n = :a");
        assertEquals("select ?::text, x from t where d <= ? and coalesce(v, 'infinity') >= ? and n = ?", statement.sql());
        assertEquals(List.of("a", "day", "day", "a"), statement.names());
    }

    @Test
    void valuesFollowThePositionsAndAMissingOneIsRefused() {
        NamedStatement statement = NamedStatement.of("select :a, :b, :a");
        assertEquals(List.of(1, "x", 1), statement.valuesInOrder(Map.of("a", 1, "b", "x")));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> statement.valuesInOrder(Map.of("a", 1)));
        assertEquals("no value for :b", refused.getMessage());
    }
}
