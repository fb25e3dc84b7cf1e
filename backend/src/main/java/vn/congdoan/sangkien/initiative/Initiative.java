package vn.congdoan.sangkien.initiative;

import jakarta.persistence.CascadeType;
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
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.program.Program;
import vn.congdoan.sangkien.unit.Unit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** An initiative dossier (hồ sơ sáng kiến) reported by a unit. */
@Entity
public class Initiative {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "initiative_seq")
    @SequenceGenerator(name = "initiative_seq", sequenceName = "initiative_seq", allocationSize = 50)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    public Program program;

    /** The reporting unit (a grassroots union or an upper unit): the initiative counts for it and its ancestors. */
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id")
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

    /** Title, summary and authors folded for diacritics-insensitive search. */
    public String searchText;

    public OffsetDateTime createdAt;

    /** Username of whoever filed it: the member, or the officer filing on a member's behalf. */
    public String createdBy;

    public OffsetDateTime updatedAt;

    @OneToMany(mappedBy = "initiative", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<InitiativeAuthor> authors = new ArrayList<>();

    @Version
    public long version;

    public void replaceAuthors(List<InitiativeAuthor> newAuthors) {
        authors.clear();
        for (int i = 0; i < newAuthors.size(); i++) {
            InitiativeAuthor author = newAuthors.get(i);
            author.initiative = this;
            author.position = i;
            authors.add(author);
        }
    }

    /** Called by the service after every change, since author changes alone do not touch this row's callbacks. */
    public void refreshSearchText() {
        searchText = SearchText.fold(title, summary, String.join(" ", authors.stream().map(a -> a.fullName).toList()));
    }
}
