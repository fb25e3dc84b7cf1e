package vn.congdoan.sangkien.initiative;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import vn.congdoan.sangkien.common.text.VietnamClock;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** One step of a dossier's lifecycle: who moved it, when (entered, and really happened), from where to where, and why. */
@Entity
public class InitiativeEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_event_seq")
    @SequenceGenerator(name = "initiative_event_seq", sequenceName = "initiative_event_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id")
    public Initiative initiative;

    @Enumerated(EnumType.STRING)
    public InitiativeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public InitiativeStatus toStatus;

    public String actor;

    /** When the step was entered (with {@link #actor}, who entered it). */
    public OffsetDateTime at;

    /** The day the step really happened, when an officer entering a paper record gave it (V19); null: the day of {@link #at}. */
    public LocalDate occurredOn;

    public String reason;

    /** What the counting needs, as it was at this step: reports "as of" a day are rebuilt from these alone. */
    public Long programId;

    public Long unitId;

    public LocalDate firstAppliedOn;

    public BigDecimal estimatedValueVnd;

    /** What review reports break down by, as it was at this step (V32); the impact level and grade only on the steps to recognised and valid. */
    @Enumerated(EnumType.STRING)
    public InitiativeField field;

    @Enumerated(EnumType.STRING)
    public SolutionType solutionType;

    @Enumerated(EnumType.STRING)
    public ImpactLevel impactLevel;

    public String grade;

    /** A recognised dossier returned for more information: the decision it carried until then (V15). */
    public String withdrawnRecognitionBody;

    public String withdrawnDecisionNumber;

    public LocalDate withdrawnDecisionDate;

    @Enumerated(EnumType.STRING)
    public ImpactLevel withdrawnImpactLevel;

    public String withdrawnGrade;

    /** The day the step happened: its real date, or the day it was entered, in Hanoi. */
    public LocalDate happenedOn() {
        return occurredOn != null ? occurredOn : at.atZoneSameInstant(VietnamClock.VIETNAM).toLocalDate();
    }
}
