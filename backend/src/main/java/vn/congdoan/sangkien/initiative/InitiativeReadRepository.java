package vn.congdoan.sangkien.initiative;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;
import vn.congdoan.sangkien.common.db.RecordRows;
import vn.congdoan.sangkien.common.db.SqlFiles;
import vn.congdoan.sangkien.initiative.InitiativeAccess.Holder;
import vn.congdoan.sangkien.initiative.InitiativeDtos.AuthorDto;
import vn.congdoan.sangkien.initiative.InitiativeDtos.HelperDto;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeView;

import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A dossier as a read shows it, in one statement ({@code InitiativeReadRepository/dossier.sql}) mapped to records,
 * without Hibernate: half of a read's Java time went to loading and mapping entities only to turn them into JSON again.
 * A read needs no transaction: the handle borrows a pooled connection for the statement.
 */
@ApplicationScoped
public class InitiativeReadRepository {

    private static final String DOSSIER = SqlFiles.of(InitiativeReadRepository.class, "dossier");
    private static final String PROGRAM_CODE = SqlFiles.of(InitiativeReadRepository.class, "program-code");
    private static final RowMapper<DossierRow> ROW = RecordRows.of(DossierRow.class);
    private static final String NO_HELPERS = "[]";

    private final Jdbi jdbi;
    private final ObjectReader helpers;
    /**
     * A programme's code, kept once read: there are a handful, and an id's code is the same in every instance for ever.
     * No request changes a code (ProgramUpdate has none) and nothing deletes a programme (no endpoint, no SQL of ours;
     * dossiers, periods and quotas refer to it); ids come from a sequence and are never reused. So this map needs no
     * invalidation across instances, unlike the programme entity itself (common.db.CacheInvalidation). Should codes
     * ever change or programmes be deleted, this map must go or listen too.
     */
    private final Map<Long, String> programCodes = new ConcurrentHashMap<>();

    public InitiativeReadRepository(Jdbi jdbi, ObjectMapper json) {
        this.jdbi = jdbi;
        this.helpers = json.readerForListOf(HelperDto.class);
    }

    /** The whole dossier, confidential parts included, and what access rules decide on. */
    public record Dossier(InitiativeView view, Holder holder) {
    }

    /** One row of dossier.sql: the dossier's columns and one author's (all null when it has none). */
    record DossierRow(long id, long programId, String unitCode, String unitName, String unitPath, String addressee,
                      String title, String summary, SolutionType solutionType, InitiativeField field, String funder,
                      LocalDate firstAppliedOn, LocalDate filedOn, String currentState, String solution, String novelty,
                      String confidentialParts, String applicationConditions, String benefitsByAuthors,
                      String benefitsByAppliers, BigDecimal estimatedValueVnd, InitiativeStatus status,
                      String receiptNumber, LocalDate submittedOn, String recognitionBody, String decisionNumber,
                      LocalDate decisionDate, ImpactLevel impactLevel, String grade, String refusalReasons,
                      String helpers, String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt, long version,
                      String authorFullName, LocalDate authorBirthDate, String authorWorkplace, String authorJobTitle,
                      String authorQualification, BigDecimal authorContributionPercent, Boolean authorUnionMember,
                      String authorAccount, OffsetDateTime authorConfirmedAt, Boolean authorShowName, boolean publishAgreed) {

        AuthorDto author() {
            return new AuthorDto(authorFullName, authorBirthDate, authorWorkplace, authorJobTitle, authorQualification,
                    authorContributionPercent, authorUnionMember, authorAccount, authorConfirmedAt, authorShowName);
        }
    }

    public Optional<Dossier> find(long id) {
        return jdbi.withHandle(h -> {
            List<DossierRow> rows = h.createQuery(DOSSIER).bind("id", id).map(ROW).list();
            return rows.isEmpty() ? Optional.empty() : Optional.of(dossier(h, rows));
        });
    }

    private Dossier dossier(Handle handle, List<DossierRow> rows) {
        DossierRow d = rows.get(0);
        List<AuthorDto> authors = rows.stream().filter(r -> r.authorFullName() != null).map(DossierRow::author).toList();
        InitiativeView view = new InitiativeView(d.id(), programCode(handle, d.programId()), d.unitCode(), d.unitName(),
                d.addressee(), d.title(), d.summary(), d.solutionType(), d.field(), d.funder(), d.firstAppliedOn(),
                d.filedOn(), d.currentState(), d.solution(), d.novelty(), d.confidentialParts(), false,
                d.applicationConditions(), d.benefitsByAuthors(), d.benefitsByAppliers(), d.estimatedValueVnd(),
                d.status(), d.receiptNumber(), d.submittedOn(), d.recognitionBody(), d.decisionNumber(),
                d.decisionDate(), d.impactLevel(), d.grade(), d.refusalReasons(), d.publishAgreed(), authors, helpers(d.helpers()),
                List.of(), d.createdBy(), d.createdAt(), d.updatedAt(), d.version(), List.of());
        return new Dossier(view, new Holder(d.id(), d.unitPath(), d.unitCode(), d.createdBy(),
                Holder.accountsOf(authors.stream().map(AuthorDto::account))));
    }

    /** On the dossier statement's own handle: asking the pool for a second could wait on a pool held by reads. */
    private String programCode(Handle handle, long programId) {
        return programCodes.computeIfAbsent(programId,
                id -> handle.createQuery(PROGRAM_CODE).bind("id", id).mapTo(String.class).one());
    }

    private List<HelperDto> helpers(String jsonArray) {
        if (NO_HELPERS.equals(jsonArray)) {
            return List.of();
        }
        try {
            return helpers.readValue(jsonArray);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("unreadable helpers of a dossier", e);
        }
    }
}
