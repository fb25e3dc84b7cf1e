package vn.congdoan.sangkien.initiative;

import java.util.Optional;

/**
 * What a dossier's rules need to know of the council's review of it. The evaluation feature, which builds on
 * initiatives, answers; the initiative feature knows only this interface, so the two do not depend on each other.
 */
public interface CouncilReview {

    /** Whether the evaluator was assigned to score the dossier. */
    boolean isAssigned(long initiativeId, String evaluator);

    /** The grade the submitted score sheets give, if any: the default of a recognition decision. */
    Optional<String> proposedGrade(Initiative initiative);
}
