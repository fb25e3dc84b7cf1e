package vn.congdoan.sangkien.initiative;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
public class InitiativeAuthorRepository implements PanacheRepositoryBase<InitiativeAuthor, Long> {

    /** Whether the account is linked to one of the dossier's authors (index initiative_author_account_idx, V20). */
    public boolean linked(long initiativeId, String account) {
        return count("account = ?1 and initiative.id = ?2", account, initiativeId) > 0;
    }
}
