package vn.congdoan.sangkien.unit;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;

import java.time.OffsetDateTime;

/**
 * A member of a unit's initiative support team (tổ hỗ trợ sáng kiến, V20): besides the unit's officers, the one who
 * may file dossiers of that unit on behalf of its members. Named by Keycloak username, as filers and council members are.
 */
@Entity
public class SupportTeamMember {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "support_team_member_seq")
    @SequenceGenerator(name = "support_team_member_seq", sequenceName = "support_team_member_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
    public Unit unit;

    public String username;

    public String fullName;

    public String addedBy;

    public OffsetDateTime addedAt;
}
