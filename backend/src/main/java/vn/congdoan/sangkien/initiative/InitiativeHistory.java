package vn.congdoan.sangkien.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import vn.congdoan.sangkien.audit.AuditRevision;
import vn.congdoan.sangkien.initiative.LifecycleDtos.HistoryEntry;
import vn.congdoan.sangkien.initiative.LifecycleDtos.WithdrawnDecision;
import vn.congdoan.sangkien.initiative.attachment.AttachmentHistory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A dossier's history: its lifecycle steps (who entered them and when, the day they really happened, why) and, from the
 * Envers audit trail, which fields each edit changed and which files were added, marked or removed; and each
 * confirmation or correction by a linked author. Lifecycle fields are left to the steps that set them.
 */
@ApplicationScoped
public class InitiativeHistory {

    private static final Map<String, Function<Initiative, Object>> DOSSIER_FIELDS = new LinkedHashMap<>();

    static {
        DOSSIER_FIELDS.put("unitCode", i -> i.unit == null ? null : i.unit.id);
        DOSSIER_FIELDS.put("addressee", i -> i.addressee);
        DOSSIER_FIELDS.put("title", i -> i.title);
        DOSSIER_FIELDS.put("summary", i -> i.summary);
        DOSSIER_FIELDS.put("solutionType", i -> i.solutionType);
        DOSSIER_FIELDS.put("field", i -> i.field);
        DOSSIER_FIELDS.put("funder", i -> i.funder);
        DOSSIER_FIELDS.put("firstAppliedOn", i -> i.firstAppliedOn);
        DOSSIER_FIELDS.put("filedOn", i -> i.filedOn);
        DOSSIER_FIELDS.put("currentState", i -> i.currentState);
        DOSSIER_FIELDS.put("solution", i -> i.solution);
        DOSSIER_FIELDS.put("novelty", i -> i.novelty);
        DOSSIER_FIELDS.put("confidentialParts", i -> i.confidentialParts);
        DOSSIER_FIELDS.put("applicationConditions", i -> i.applicationConditions);
        DOSSIER_FIELDS.put("benefitsByAuthors", i -> i.benefitsByAuthors);
        DOSSIER_FIELDS.put("benefitsByAppliers", i -> i.benefitsByAppliers);
        DOSSIER_FIELDS.put("estimatedValueVnd", i -> i.estimatedValueVnd == null ? null : i.estimatedValueVnd.stripTrailingZeros());
        // Consent to the public showcase: who gave or withdrew it is part of the dossier's story.
        DOSSIER_FIELDS.put("publishAgreed", i -> i.publishAgreed);
    }

    private final EntityManager entityManager;
    private final InitiativeEventRepository events;
    private final AttachmentHistory attachments;
    private final InitiativeAccess access;
    private final AuthorConfirmationRepository confirmations;

    public InitiativeHistory(EntityManager entityManager, InitiativeEventRepository events, AttachmentHistory attachments,
                             InitiativeAccess access, AuthorConfirmationRepository confirmations) {
        this.confirmations = confirmations;
        this.entityManager = entityManager;
        this.events = events;
        this.attachments = attachments;
        this.access = access;
    }

    public List<HistoryEntry> of(Initiative initiative) {
        List<HistoryEntry> history = new ArrayList<>();
        for (InitiativeEvent event : events.ofInitiative(initiative.id)) {
            WithdrawnDecision withdrawn = event.withdrawnDecisionNumber == null ? null
                    : new WithdrawnDecision(event.withdrawnRecognitionBody, event.withdrawnDecisionNumber,
                    event.withdrawnDecisionDate, event.withdrawnImpactLevel, event.withdrawnGrade);
            history.add(HistoryEntry.ofStep(event.at, event.actor, event.fromStatus, event.toStatus, event.reason, withdrawn,
                    event.happenedOn()));
        }
        history.addAll(edits(initiative.id));
        history.addAll(attachments.of(initiative.id, access.confidentialVisible(initiative)));
        history.addAll(confirmations.historyOf(initiative.id));
        history.sort(Comparator.comparing(HistoryEntry::at));
        return history;
    }

    @SuppressWarnings("unchecked")
    private List<HistoryEntry> edits(long id) {
        var reader = AuditReaderFactory.get(entityManager);
        List<Object[]> revisions = reader.createQuery().forRevisionsOfEntity(Initiative.class, false, true)
                .add(AuditEntity.id().eq(id)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        Set<Number> authorRevisions = new HashSet<>((List<Number>) reader.createQuery()
                .forRevisionsOfEntity(InitiativeAuthor.class, false, true)
                .add(AuditEntity.relatedId("initiative").eq(id))
                .addProjection(AuditEntity.revisionNumber()).getResultList());
        List<HistoryEntry> edits = new ArrayList<>();
        Initiative previous = null;
        for (Object[] row : revisions) {
            Initiative snapshot = (Initiative) row[0];
            AuditRevision revision = (AuditRevision) row[1];
            if (previous != null) {
                List<String> changed = new ArrayList<>();
                for (var field : DOSSIER_FIELDS.entrySet()) {
                    if (!Objects.equals(field.getValue().apply(previous), field.getValue().apply(snapshot))) {
                        changed.add(field.getKey());
                    }
                }
                if (authorRevisions.contains(revision.id)) {
                    changed.add("authors");
                }
                if (!changed.isEmpty()) {
                    OffsetDateTime at = OffsetDateTime.ofInstant(Instant.ofEpochMilli(revision.timestamp), ZoneOffset.UTC);
                    edits.add(HistoryEntry.ofEdit(at, revision.username, changed));
                }
            }
            previous = snapshot;
        }
        return edits;
    }
}
