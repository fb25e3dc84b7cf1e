package vn.congdoan.sangkien.common.db;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementExceptions;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.jdbi.v3.postgres.PostgresPlugin;

import javax.sql.DataSource;

/**
 * The one way to run hand-written SQL: Jdbi on Quarkus's Agroal pool. Inside a transaction the pool hands Jdbi the
 * transaction's own connection (the one Hibernate writes on), so a read sees the transaction's flushed writes and a
 * write commits or rolls back with it; outside one, a handle borrows a connection and returns it when closed.
 * Entities still go through Hibernate (Panache): flush before SQL that must see pending entity changes.
 */
public class JdbiSetup {

    @Produces
    @ApplicationScoped
    public Jdbi jdbi(DataSource dataSource) {
        return jdbiOn(dataSource);
    }

    /** Also the replica's (HeavyReads): the same settings on another pool. */
    static Jdbi jdbiOn(DataSource dataSource) {
        Jdbi jdbi = Jdbi.create(dataSource).installPlugin(new PostgresPlugin());
        // SQL text is taken as written: a statement that wants <name> substitution asks for it itself (see SqlFiles).
        jdbi.getConfig(SqlStatements.class).setTemplateEngine(TemplateEngine.NOP);
        jdbi.registerArgument(new SharedArgumentFactories()); // last registered, asked first
        // A failed statement's message says what PostgreSQL said, not the values bound to it (names of people): logged.
        jdbi.getConfig(StatementExceptions.class).setMessageRendering(StatementExceptions.MessageRendering.NONE);
        return jdbi;
    }
}
