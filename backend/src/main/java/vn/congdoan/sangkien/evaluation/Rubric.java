package vn.congdoan.sangkien.evaluation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A scoring rubric (thang điểm): rubrics differ between provinces and sectors, so they are data. */
@Entity
@Audited
public class Rubric {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rubric_seq")
    @SequenceGenerator(name = "rubric_seq", sequenceName = "rubric_seq", allocationSize = 50)
    public Long id;

    public String code;

    public String name;

    /** Total needed to pass. */
    public BigDecimal passTotal;

    @ElementCollection
    @CollectionTable(name = "rubric_criterion", joinColumns = @JoinColumn(name = "rubric_id"))
    @OrderColumn(name = "position")
    public List<Criterion> criteria = new ArrayList<>();

    /** Grades from the highest down; the first whose conditions hold is proposed. */
    @ElementCollection
    @CollectionTable(name = "rubric_grade", joinColumns = @JoinColumn(name = "rubric_id"))
    @OrderColumn(name = "position")
    public List<GradeRule> grades = new ArrayList<>();

    @Version
    public long version;

    @Embeddable
    public static class Criterion {
        public String code;
        public String name;
        public BigDecimal maxPoints;
        /** Each criterion needs at least this much to pass. */
        public BigDecimal minPoints;
    }

    @Embeddable
    public static class GradeRule {
        public String grade;
        public BigDecimal minTotal;
        /** Optionally one criterion must also reach a minimum (e.g. novelty ≥ 30 for grade A). */
        public String criterionCode;
        public BigDecimal minCriterion;
    }
}
