package vn.congdoan.sangkien.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.security.CurrentUser;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Separation of duties: whoever filed a dossier, or wrote it, does not decide on it (recognise, refuse, validate).
 * Authors are names, not accounts, so an author is matched by the caller's full name, folded (case and diacritics
 * do not count); a namesake of an author is refused too, and another officer decides.
 */
@ApplicationScoped
public class FourEyes {

    private final CurrentUser user;

    public FourEyes(CurrentUser user) {
        this.user = user;
    }

    /** Why the caller may not decide on this dossier: "createdBy", "authors", or null when they may. */
    public String involvement(String createdBy, Collection<String> authorNames) {
        if (user.username().equals(createdBy)) {
            return "createdBy";
        }
        Set<String> callerNames = user.fullNames().stream().map(SearchText::fold).filter(n -> !n.isEmpty())
                .collect(Collectors.toSet());
        boolean author = authorNames.stream().map(SearchText::fold).anyMatch(callerNames::contains);
        return author ? "authors" : null;
    }

    public void require(Initiative initiative) {
        String involvement = involvement(initiative.createdBy,
                initiative.authors.stream().map(a -> a.fullName).toList());
        if (involvement != null) {
            throw ApiException.forbidden("four-eyes", FieldProblem.of(involvement, "FourEyes"));
        }
    }
}
