package vn.congdoan.sangkien.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jdbi.v3.core.Jdbi;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.common.db.Timestamps;

import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;

/**
 * Where a change writes the events it causes, in its own transaction (it must run in one: MANDATORY): the event
 * commits or rolls back with the change. Delivery happens after commit (OutboxWorker).
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = SqlFiles.of(Outbox.class, "insert");

    private final Jdbi jdbi;
    private final ObjectMapper json;

    public Outbox(Jdbi jdbi, ObjectMapper json) {
        this.jdbi = jdbi;
        this.json = json;
    }

    /** An event of a change. {@code data}: what consumers need to tell it (see each kind's writer). */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID record(EventKind kind, Long unitId, Long initiativeId, String actor, Map<String, ?> data) {
        UUID id = UUID.randomUUID();
        insert(id, kind, unitId, initiativeId, actor, data, null);
        return id;
    }

    /**
     * An event made by a scheduled job, once for {@code onceKey} however many instances or re-runs make it.
     *
     * @return true when this call made it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean recordOnce(String onceKey, EventKind kind, Long unitId, Long initiativeId, Map<String, ?> data) {
        return insert(UUID.randomUUID(), kind, unitId, initiativeId, null, data, onceKey);
    }

    private boolean insert(UUID id, EventKind kind, Long unitId, Long initiativeId, String actor, Map<String, ?> data,
                           String onceKey) {
        String payload;
        try {
            payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
        return jdbi.withHandle(handle -> handle.createUpdate(INSERT)
                .bind("id", id).bind("kind", kind.name()).bind("unitId", unitId).bind("initiativeId", initiativeId)
                .bind("actor", actor).bind("data", payload).bind("onceKey", onceKey)
                .bind("occurredAt", Timestamps.now())
                .execute()) == 1;
    }
}
