package vn.congdoan.sangkien.common.db;

import org.jdbi.v3.core.locator.ClasspathSqlLocator;

/**
 * SQL lives in {@code .sql} resources beside the repository that runs it: {@code Repository/name.sql} in the
 * repository's package (e.g. {@code progress/ProgressRepository/roll-up-current.sql}), comments removed. Read once,
 * when the repository class loads.
 */
public final class SqlFiles {

    private static final ClasspathSqlLocator LOCATOR = ClasspathSqlLocator.removingComments();

    private SqlFiles() {
    }

    public static String of(Class<?> repository, String name) {
        return LOCATOR.locate(repository, name);
    }
}
