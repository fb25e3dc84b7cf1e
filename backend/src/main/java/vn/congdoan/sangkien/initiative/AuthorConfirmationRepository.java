package vn.congdoan.sangkien.initiative;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.db.Timestamps;
import vn.congdoan.sangkien.initiative.LifecycleDtos.HistoryEntry;

import java.util.List;

@ApplicationScoped
public class AuthorConfirmationRepository implements PanacheRepositoryBase<AuthorConfirmation, Long> {

    public void record(long initiativeId, InitiativeAuthor author, boolean corrected, String note) {
        AuthorConfirmation confirmation = new AuthorConfirmation();
        confirmation.initiativeId = initiativeId;
        confirmation.account = author.account;
        confirmation.fullName = author.fullName;
        confirmation.corrected = corrected;
        confirmation.note = note == null || note.isBlank() ? null : note.strip();
        confirmation.at = Timestamps.now();
        persist(confirmation);
    }

    /** The history's entries: AUTHOR_CONFIRMED or AUTHOR_CORRECTED, by the linked author, with their note. */
    public List<HistoryEntry> historyOf(long initiativeId) {
        return list("initiativeId = ?1 order by at, id", initiativeId).stream()
                .map(c -> HistoryEntry.ofAuthor(c.at, c.account, c.corrected, c.note))
                .toList();
    }
}
