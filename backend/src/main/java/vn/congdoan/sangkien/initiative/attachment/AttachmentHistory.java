package vn.congdoan.sangkien.initiative.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import vn.congdoan.sangkien.initiative.LifecycleDtos.HistoryEntry;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The dossier's files in its history, from the Envers audit of {@link Attachment} (V17): who added, marked or
 * removed which file, and when. Deletions keep the file's data (store-data-at-delete), so one query finds all.
 */
@ApplicationScoped
public class AttachmentHistory {

    static final String ADDED = "ATTACHMENT_ADDED";
    static final String REMOVED = "ATTACHMENT_REMOVED";
    static final String CONFIDENTIALITY = "ATTACHMENT_CONFIDENTIALITY";

    private final EntityManager entityManager;

    public AttachmentHistory(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One audit row of a file: what the file was at that revision, and who made the revision when. */
    private record Revision(long attachmentId, RevisionType type, String fileName, AttachmentKind kind, boolean confidential,
                            OffsetDateTime at, String actor) {
    }

    /**
     * @param confidentialVisible whether the reader may read the dossier's confidential parts: if not, a file that is
     *                            confidential now (or was when removed) appears without its name
     */
    public List<HistoryEntry> of(long initiativeId, boolean confidentialVisible) {
        List<Revision> revisions = revisions(initiativeId);
        // The file's last state decides whether its name may be shown, on every one of its entries.
        Map<Long, Boolean> hidden = new HashMap<>();
        for (Revision revision : revisions) {
            hidden.put(revision.attachmentId(), revision.confidential() && !confidentialVisible);
        }
        Map<Long, Revision> previous = new HashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (Revision revision : revisions) {
            Revision before = previous.put(revision.attachmentId(), revision);
            String kind = switch (revision.type()) {
                case ADD -> ADDED;
                case DEL -> REMOVED;
                // Only a change of the flag is news; nothing else of a file changes once it is stored.
                case MOD -> before != null && before.confidential() == revision.confidential() ? null : CONFIDENTIALITY;
            };
            if (kind != null) {
                String name = hidden.get(revision.attachmentId()) ? null : revision.fileName();
                entries.add(HistoryEntry.ofFile(revision.at(), revision.actor(), kind, name, revision.kind(), revision.confidential()));
            }
        }
        return entries;
    }

    private List<Revision> revisions(long initiativeId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager).createQuery()
                .forRevisionsOfEntity(Attachment.class, false, true)
                .add(AuditEntity.relatedId("initiative").eq(initiativeId))
                .addProjection(AuditEntity.id())
                .addProjection(AuditEntity.revisionType())
                .addProjection(AuditEntity.property("fileName"))
                .addProjection(AuditEntity.property("kind"))
                .addProjection(AuditEntity.property("confidential"))
                .addProjection(AuditEntity.revisionProperty("timestamp"))
                .addProjection(AuditEntity.revisionProperty("username"))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<Revision> revisions = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            OffsetDateTime at = OffsetDateTime.ofInstant(Instant.ofEpochMilli(((Number) row[5]).longValue()), ZoneOffset.UTC);
            revisions.add(new Revision(((Number) row[0]).longValue(), (RevisionType) row[1], (String) row[2],
                    kind(row[3]), Boolean.TRUE.equals(row[4]), at, (String) row[6]));
        }
        return revisions;
    }

    private static AttachmentKind kind(Object value) {
        return value == null ? null : value instanceof AttachmentKind k ? k : AttachmentKind.valueOf(Objects.toString(value));
    }
}
