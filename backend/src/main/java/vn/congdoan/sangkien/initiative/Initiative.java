package vn.congdoan.sangkien.initiative;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.initiative.InitiativeDtos.AuthorDto;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.unit.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** An initiative dossier (hồ sơ sáng kiến) reported by a unit. Field changes are audited (Envers). */
@Entity
@Audited
public class Initiative {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_seq")
    @SequenceGenerator(name = "initiative_seq", sequenceName = "initiative_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Program program;

    /** The reporting unit (a grassroots union or an upper unit): the initiative counts for it and its ancestors. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    public Unit unit;

    public String title;

    public String summary;

    @Enumerated(EnumType.STRING)
    public SolutionType solutionType;

    @Enumerated(EnumType.STRING)
    public InitiativeField field;

    /** Ngày áp dụng lần đầu (hoặc áp dụng thử): decides the period the initiative counts in. */
    public LocalDate firstAppliedOn;

    @Enumerated(EnumType.STRING)
    public InitiativeStatus status;

    /** Kính gửi: the organisation asked to recognise it. */
    public String addressee;

    /** Chủ đầu tư tạo ra sáng kiến. */
    public String funder;

    /** Ngày nộp đơn: today for new dossiers; earlier when a paper dossier is registered afterwards. */
    public LocalDate filedOn;

    /** Tình trạng trước khi có sáng kiến. */
    public String currentState;

    /** Bản chất của giải pháp. */
    public String solution;

    /** Tính mới. */
    public String novelty;

    /** Thông tin cần bảo mật: shown only to the authors' unit, the filer and the assigned evaluators. */
    public String confidentialParts;

    /** Điều kiện cần thiết để áp dụng. */
    public String applicationConditions;

    /** Lợi ích theo ý kiến tác giả. */
    public String benefitsByAuthors;

    /** Lợi ích theo ý kiến tổ chức, cá nhân đã áp dụng. */
    public String benefitsByAppliers;

    /** Giá trị làm lợi ước tính (đồng). */
    public BigDecimal estimatedValueVnd;

    /** Người tham gia áp dụng, in order: part of the dossier's row (V9), never looked up on their own. */
    @JdbcTypeCode(SqlTypes.JSON)
    @NotAudited
    public List<Helper> helpers = new ArrayList<>();

    /** The authors agreed that the dossier is shown on the public showcase once recognised (V30). */
    public boolean publishAgreed;

    /** Số tiếp nhận, given on submission. */
    public String receiptNumber;

    public LocalDate submittedOn;

    public String recognitionBody;

    public String decisionNumber;

    public LocalDate decisionDate;

    @Enumerated(EnumType.STRING)
    public ImpactLevel impactLevel;

    public String grade;

    public String refusalReasons;

    /** Title, summary and authors folded for diacritics-insensitive search. Lazy, as the next two: only searches and
     * writes use them, and a read of a dossier need not carry its longest column. */
    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    public String searchText;

    /** Ids of the unit and its ancestors, kept by the database (V7) for searching within a subtree. */
    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @Column(insertable = false, updatable = false)
    public Long[] unitAncestors;

    /** The title alone, folded, for finding similar titles. */
    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    public String foldedTitle;

    /** Title, summary and the names of the authors who agreed to be shown, folded: what the public showcase searches,
     * so that it never finds a dossier by the name of an author who did not agree (V30). */
    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    public String showcaseText;

    @NotAudited
    public OffsetDateTime createdAt;

    /** Username of whoever filed it: the member, or the officer filing on a member's behalf. */
    @NotAudited
    public String createdBy;

    @NotAudited
    public OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<InitiativeAuthor> authors = new ArrayList<>();

    @Version
    public long version;

    /** Sets the authors in order, updating rows in place so the audit trail records only real changes. */
    public void setAuthors(List<AuthorDto> newAuthors, InitiativeMapper mapper) {
        while (authors.size() > newAuthors.size()) {
            authors.remove(authors.size() - 1);
        }
        for (int i = 0; i < newAuthors.size(); i++) {
            if (i < authors.size()) {
                InitiativeAuthor author = authors.get(i);
                AuthorDto before = mapper.toDto(author);
                mapper.updateAuthor(newAuthors.get(i), author);
                if (!before.equals(mapper.toDto(author))) {
                    author.confirmedAt = null; // what the linked author confirmed is no longer what the row says
                }
            } else {
                InitiativeAuthor author = mapper.toEntity(newAuthors.get(i));
                author.initiative = this;
                author.position = i;
                authors.add(author);
            }
        }
    }

    /** Called by the service after every change, since author changes alone do not touch this row's callbacks. */
    public void refreshSearchText() {
        searchText = SearchText.fold(title, summary, String.join(" ", authors.stream().map(a -> a.fullName).toList()));
        foldedTitle = SearchText.fold(title);
        showcaseText = SearchText.fold(title, summary,
                String.join(" ", authors.stream().filter(a -> a.showName).map(a -> a.fullName).toList()));
    }
}
