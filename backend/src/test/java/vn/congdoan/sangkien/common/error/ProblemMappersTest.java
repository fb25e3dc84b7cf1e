package vn.congdoan.sangkien.common.error;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.ConstraintViolationException.ConstraintKind;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Races the database settles (a unique key or a reference taken meanwhile) are the client's 409, not our 500. */
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
}
