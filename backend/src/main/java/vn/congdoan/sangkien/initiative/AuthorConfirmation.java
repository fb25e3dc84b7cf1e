package vn.congdoan.sangkien.initiative;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import java.time.OffsetDateTime;

/** A linked author's confirmation (or correction) of their details, for the dossier's history (V20). */
@Entity
public class AuthorConfirmation {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "author_confirmation_seq")
    @SequenceGenerator(name = "author_confirmation_seq", sequenceName = "author_confirmation_seq", allocationSize = 50)
    public Long id;

    public long initiativeId;

    public String account;

    public String fullName;

    public boolean corrected;

    public String note;

    public OffsetDateTime at;
}
