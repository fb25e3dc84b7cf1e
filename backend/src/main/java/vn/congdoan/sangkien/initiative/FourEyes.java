package vn.congdoan.sangkien.initiative;

import jakarta.enterprise.context.ApplicationScoped;
import vn.congdoan.sangkien.common.error.ApiException;
import vn.congdoan.sangkien.common.error.FieldProblem;
import vn.congdoan.sangkien.common.text.SearchText;
import vn.congdoan.sangkien.initiative.InitiativeDtos.AuthorDto;
import vn.congdoan.sangkien.security.CurrentUser;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Separation of duties: whoever filed a dossier, or wrote it, does not decide on it (recognise, refuse, validate).
 * An author is the caller when linked to their account (V20), or by the caller's full name, folded (case and
 * diacritics do not count), since most authors are names only; a namesake of an author is refused too, and another
 * officer decides.
 */
@ApplicationScoped
public class FourEyes {

    private final CurrentUser user;

    public FourEyes(CurrentUser user) {
        this.user = user;
    }

    /**
     * Why the caller may not decide on this dossier: "createdBy", "authors", or null when they may. An author is the
     * caller when linked to their account, or named with their full name.
     */
    public String involvement(String createdBy, Collection<AuthorDto> authors) {
        if (user.username().equals(createdBy)) {
            return "createdBy";
        }
        return isAuthor(authors) ? "authors" : null;
    }

    /** Whether the caller is one of these authors: linked to their account, or by their full name (folded). */
    public boolean isAuthor(Collection<AuthorDto> authors) {
        if (authors.stream().anyMatch(a -> user.username().equals(a.account()))) {
            return true;
        }
        Set<String> callerNames = user.fullNames().stream().map(SearchText::fold).filter(n -> !n.isEmpty())
                .collect(Collectors.toSet());
        return authors.stream().map(a -> SearchText.fold(a.fullName())).anyMatch(callerNames::contains);
    }

    public void require(Initiative initiative) {
        String involvement = involvement(initiative.createdBy,
                initiative.authors.stream().map(a -> new AuthorDto(a.fullName, null, null, null, null, null, null, a.account, null, null)).toList());
        if (involvement != null) {
            throw ApiException.forbidden("four-eyes", FieldProblem.of(involvement, "FourEyes"));
        }
    }
}
