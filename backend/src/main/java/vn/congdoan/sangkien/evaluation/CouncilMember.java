package vn.congdoan.sangkien.evaluation;

import jakarta.persistence.Entity;
import org.hibernate.envers.Audited;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import vn.congdoan.sangkien.unit.Unit;

/** A member of a unit's initiative council (Hội đồng sáng kiến): may score initiatives of that unit's subtree. */
@Entity
@Audited
public class CouncilMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "council_member_seq")
    @SequenceGenerator(name = "council_member_seq", sequenceName = "council_member_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    public String username;

    public String fullName;
}
