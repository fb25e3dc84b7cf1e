package vn.congdoan.sangkien.common.db;

import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;
import org.postgresql.PGStatement;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * For a statement whose best plan depends on its values (a district's few units or the whole country): sent as an
 * unnamed statement, so PostgreSQL plans it for each call's values and never switches to a generic plan, which the
 * driver's server-side prepared statements invite after five calls.
 */
public final class CustomPlans {

    public static final StatementCustomizer FOR_EACH_CALL = new StatementCustomizer() {
        @Override
        public void beforeExecution(PreparedStatement statement, StatementContext context) throws SQLException {
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        }
    };

    private CustomPlans() {
    }
}
