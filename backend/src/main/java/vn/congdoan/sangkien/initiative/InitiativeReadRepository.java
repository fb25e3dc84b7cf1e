package vn.congdoan.sangkien.initiative;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.jdbc.NamedStatement;
import vn.congdoan.sangkien.initiative.InitiativeAccess.Holder;
import vn.congdoan.sangkien.initiative.InitiativeDtos.AuthorDto;
import vn.congdoan.sangkien.initiative.InitiativeDtos.HelperDto;
import vn.congdoan.sangkien.initiative.InitiativeDtos.InitiativeView;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;

/**
 * A dossier as a read shows it, in one statement on plain JDBC: the row with its unit and its helpers
 * (JSON in the row since V9), once for each author. Through Hibernate a read took two statements (the helpers were an
 * element collection) and half of the request's Java time went to loading and mapping entities it only turns into
 * JSON again; authors as a JSON array built by PostgreSQL cost more on both sides than the repeated row.
 */
@ApplicationScoped
public class InitiativeReadRepository {

    private static final NamedStatement DOSSIER = NamedStatement.of("""
            select i.id, i.program_id, u.code, u.name, i.addressee, i.title, i.summary, i.solution_type,
                   i.field, i.funder,
                   i.first_applied_on, i.filed_on, i.current_state, i.solution, i.novelty, i.confidential_parts,
                   i.application_conditions, i.benefits_by_authors, i.benefits_by_appliers, i.estimated_value_vnd,
                   i.status, i.receipt_number, i.submitted_on, i.recognition_body, i.decision_number, i.decision_date,
                   i.impact_level, i.grade, i.refusal_reasons, i.created_by, i.created_at, i.updated_at, i.version,
                   u.path, i.helpers,
                   a.full_name, a.birth_date, a.workplace, a.job_title, a.qualification, a.contribution_percent,
                   a.union_member
              from initiative i join unit u on u.id = i.unit_id
                   left join initiative_author a on a.initiative_id = i.id
             where i.id = :id
             order by a.position
            """);
    private static final NamedStatement PROGRAM_CODE = NamedStatement.of("select code from program where id = :id");
    private static final String NO_HELPERS = "[]";

    private final DataSource dataSource;
    private final ObjectReader helpers;
    /** A programme's code never changes (ProgramUpdate has none) and there are a handful: kept once read. */
    private final Map<Long, String> programCodes = new ConcurrentHashMap<>();

    public InitiativeReadRepository(DataSource dataSource, ObjectMapper json) {
        this.dataSource = dataSource;
        this.helpers = json.readerForListOf(HelperDto.class);
    }

    /** The whole dossier, confidential parts included, and what access rules decide on. */
    public record Dossier(InitiativeView view, Holder holder) {
    }

    public Optional<Dossier> find(long id) {
        return DOSSIER.query(dataSource, Map.of("id", id),
                rs -> rs.next() ? Optional.of(dossier(rs)) : Optional.empty());
    }

    /** On the dossier statement's own connection: asking the pool for a second could wait on a pool held by reads. */
    private String programCode(Connection connection, long programId) throws SQLException {
        String code = programCodes.get(programId);
        if (code == null) {
            code = PROGRAM_CODE.query(connection, Map.of("id", programId), rs -> {
                rs.next(); // the foreign key guarantees the row
                return rs.getString(1);
            });
            programCodes.put(programId, code);
        }
        return code;
    }

    /** The authors are on every row of the statement, the dossier's own columns repeated beside them. */
    private static List<AuthorDto> authors(ResultSet rs) throws SQLException {
        List<AuthorDto> authors = new ArrayList<>(3);
        do {
            if (rs.getString(36) != null) {
                authors.add(new AuthorDto(rs.getString(36), rs.getObject(37, LocalDate.class), rs.getString(38),
                        rs.getString(39), rs.getString(40), rs.getBigDecimal(41), rs.getBoolean(42)));
            }
        } while (rs.next());
        return authors;
    }

    private Dossier dossier(ResultSet rs) throws SQLException {
        // The columns after the authors are read first: reading the authors moves the cursor past the last row
        // (arguments are evaluated left to right, so everything before them is read in place).
        List<HelperDto> helperList = helpers(rs.getString(35));
        String createdBy = rs.getString(30);
        OffsetDateTime createdAt = rs.getObject(31, OffsetDateTime.class);
        OffsetDateTime updatedAt = rs.getObject(32, OffsetDateTime.class);
        long version = rs.getLong(33);
        Holder holder = new Holder(rs.getLong(1), rs.getString(34), rs.getString(3), createdBy);
        String programCode = programCode(rs.getStatement().getConnection(), rs.getLong(2));
        InitiativeView view = new InitiativeView(rs.getLong(1), programCode, rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), SolutionType.valueOf(rs.getString(8)),
                InitiativeField.valueOf(rs.getString(9)), rs.getString(10), rs.getObject(11, LocalDate.class),
                rs.getObject(12, LocalDate.class), rs.getString(13), rs.getString(14), rs.getString(15),
                rs.getString(16), false, rs.getString(17), rs.getString(18), rs.getString(19), rs.getBigDecimal(20),
                InitiativeStatus.valueOf(rs.getString(21)), rs.getString(22), rs.getObject(23, LocalDate.class),
                rs.getString(24), rs.getString(25), rs.getObject(26, LocalDate.class), impactLevel(rs.getString(27)),
                rs.getString(28), rs.getString(29), authors(rs), helperList, List.of(), createdBy, createdAt, updatedAt,
                version);
        return new Dossier(view, holder);
    }

    private static ImpactLevel impactLevel(String name) {
        return name == null ? null : ImpactLevel.valueOf(name);
    }

    private List<HelperDto> helpers(String jsonArray) throws SQLException {
        if (NO_HELPERS.equals(jsonArray)) {
            return List.of();
        }
        try {
            return helpers.readValue(jsonArray);
        } catch (JsonProcessingException e) {
            throw new SQLException("unreadable helpers of a dossier", e);
        }
    }
}
