package vn.congdoan.sangkien.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import vn.congdoan.sangkien.initiative.Initiative;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/** One evaluator's assignment to an initiative and, once submitted, their score sheet. */
@Entity
@Audited
public class Evaluation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evaluation_seq")
    @SequenceGenerator(name = "evaluation_seq", sequenceName = "evaluation_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    public Initiative initiative;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rubric_id")
    public Rubric rubric;

    /** Keycloak username of the council member. */
    public String evaluator;

    public String evaluatorName;

    public String assignedBy;

    public OffsetDateTime assignedAt;

    /** Null until the sheet is submitted. */
    public OffsetDateTime submittedAt;

    public String comment;

    @ElementCollection
    @CollectionTable(name = "evaluation_score", joinColumns = @JoinColumn(name = "evaluation_id"))
    @MapKeyColumn(name = "criterion_code")
    @Column(name = "points")
    public Map<String, BigDecimal> scores = new LinkedHashMap<>();

    @Version
    public long version;
}
