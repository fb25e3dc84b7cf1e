package vn.congdoan.sangkien.common.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An operation on its way out (docs/api/CHANGELOG.md, "Compatibility and deprecation"): mark it deprecated in the
 * contract too. Its answers carry Deprecation (RFC 9745), Sunset (RFC 8594) and a Link to its successor (RetiringHeaders).
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Retiring {

    /** The day it was deprecated, yyyy-MM-dd. */
    String deprecatedOn();

    /** The day it goes, yyyy-MM-dd: at least six months after deprecatedOn. */
    String sunsetOn();

    /** The operation to use instead, as a path. */
    String successor();
}
