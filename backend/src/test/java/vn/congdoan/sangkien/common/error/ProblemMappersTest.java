package vn.congdoan.sangkien.common.error;

import io.quarkus.security.AuthenticationFailedException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.jdbi.v3.core.ConnectionException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * Races the database settles (a unique key or a reference taken meanwhile) are the client's 409, not our 500; a
 * database that cannot be reached is our 503 with Retry-After, however the pool, Hibernate or Jdbi wrap it.
 */
class ProblemMappersTest {

    private final ProblemMappers mappers = new ProblemMappers();

    @Test
    void aUniqueKeyTakenByAConcurrentRequestIsA409() {
        var violation = new ConstraintViolationException("duplicate key", new SQLException("duplicate key", "23505"),
                ConstraintKind.UNIQUE, "unit_code_unique");
        Problem problem = (Problem) mappers.unexpected(new jakarta.persistence.PersistenceException(violation), null).getEntity();
        assertEquals(409, problem.status());
        assertEquals("Already saved by someone else", problem.titleEn());
    }

    @Test
    void aReferenceRemovedByAConcurrentRequestIsA409() {
        var violation = new ConstraintViolationException("fk", new SQLException("fk", "23503"), ConstraintKind.FOREIGN_KEY, "quota_unit_fk");
        assertEquals(409, mappers.unexpected(violation, null).getStatus());
    }

    @Test
    void aCheckOrNotNullViolationIsStillOurBug() {
        var violation = new ConstraintViolationException("null", new SQLException("null", "23502"), ConstraintKind.NOT_NULL, "x");
        assertEquals(500, mappers.unexpected(violation, null).getStatus());
    }

    @Test
    void aDatabaseThatCannotBeReachedIsA503WithRetryAfterHoweverItIsWrapped() {
        List<Throwable> failures = List.of(
                new PersistenceException(new JDBCConnectionException("Unable to acquire JDBC Connection",
                        new SQLException("Connection to localhost:15432 refused", "08001", new ConnectException("Connection refused")))),
                new GenericJDBCException("select", new SQLException("FATAL: terminating connection due to administrator command", "57P01")),
                new SQLException("FATAL: the database system is shutting down", "57P03"),
                new SQLException("FATAL: terminating connection due to crash of another server process", "57P02"),
                new SQLException("An I/O error occurred while sending to the backend.", "08006"),
                new ConnectionException(new SQLException("Acquisition timeout while waiting for new connection")),
                new PersistenceException(new GenericJDBCException("Unable to acquire JDBC Connection", new SQLException("Sorry, acquisition timeout!"))),
                new SQLTransientConnectionException("no connection in time"),
                new AuthenticationFailedException(new JDBCConnectionException("unit of the caller",
                        new SQLException("Connection refused", "08001"))));
        for (Throwable failure : failures) {
            Response response = failure instanceof AuthenticationFailedException auth
                    ? mappers.authenticationFailed(auth, null) : mappers.unexpected(failure, null);
            assertEquals(503, response.getStatus(), failure.toString());
            assertEquals("5", response.getHeaderString("Retry-After"), failure.toString());
            Problem problem = (Problem) response.getEntity();
            assertEquals("urn:sangkien:problem:database-unavailable", problem.type());
            assertEquals("Database temporarily unavailable", problem.titleEn());
        }
    }

    @Test
    void otherDatabaseErrorsAreNotMistakenForAnOutage() {
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("division by zero", "22012")));
        assertFalse(DatabaseUnavailable.causedBy(new SQLException("canceling statement due to user request", "57014")));
        assertFalse(DatabaseUnavailable.causedBy(new GenericJDBCException("x", new SQLException("no state"))));
        assertEquals(500, mappers.unexpected(new IllegalStateException("bug"), null).getStatus());
    }
}
