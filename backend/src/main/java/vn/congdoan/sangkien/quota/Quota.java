package vn.congdoan.sangkien.quota;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import vn.congdoan.sangkien.program.Period;
import vn.congdoan.sangkien.unit.Unit;

/** A target (chỉ tiêu): how many valid initiatives a unit should reach in a period. */
@Entity
@Audited
public class Quota {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "quota_seq")
    @SequenceGenerator(name = "quota_seq", sequenceName = "quota_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    public Period period;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    public int target;

    @Version
    public long version;

    public static Quota of(Unit unit, Period period, int target) {
        Quota quota = new Quota();
        quota.unit = unit;
        quota.period = period;
        quota.target = target;
        return quota;
    }
}
