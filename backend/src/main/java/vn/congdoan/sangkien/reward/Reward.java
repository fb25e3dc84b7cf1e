package vn.congdoan.sangkien.reward;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import vn.congdoan.sangkien.initiative.Initiative;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.unit.Unit;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A reward proposed by one level and decided (or refused) by the level of its form (V29). */
@Entity
@Audited
public class Reward {

    public enum Kind { PERIOD, SUDDEN }

    public enum RecipientType { UNIT, MEMBER, INITIATIVE }

    public enum Status { PROPOSED, DECIDED, REJECTED }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reward_seq")
    @SequenceGenerator(name = "reward_seq", sequenceName = "reward_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    public Program program;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id")
    public Period period;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Enumerated(EnumType.STRING)
    public RecipientType recipientType;

    /** The rewarded unit, the member's unit, or the initiative's unit. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_unit_id")
    public Unit recipientUnit;

    public String memberName;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id")
    public Initiative initiative;

    @Enumerated(EnumType.STRING)
    public RewardForm form;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "proposing_unit_id")
    public Unit proposingUnit;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "deciding_unit_id")
    public Unit decidingUnit;

    public String reason;

    /** What the reason rests on, taken when proposed: the unit's target, valid initiatives and percent in the period. */
    @JdbcTypeCode(SqlTypes.JSON)
    public RewardFigures figures;

    @Enumerated(EnumType.STRING)
    public Status status;

    public String proposedBy;

    public OffsetDateTime proposedAt;

    public String decisionNumber;

    public LocalDate decisionDate;

    public String decidedBy;

    public OffsetDateTime decidedAt;

    public String rejectionReason;

    @Version
    public long version;
}
