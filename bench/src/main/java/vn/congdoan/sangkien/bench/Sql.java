package vn.congdoan.sangkien.bench;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;

/**
 * A tiny psql for looking into the bench data while the backend is stopped: Sql DATA_DIR PORT "select …" …; with "-"
 * for DATA_DIR, on a server already running whose data directory is the second argument: Sql - PORT DATA_DIR "select …".
 */
public final class Sql {

    public static void main(String[] args) throws Exception {
        boolean start = !args[0].equals("-");
        int port = Integer.parseInt(args[1]);
        if (!start) {
            Db.usePasswordOf(Path.of(args[2]));
        }
        try (EmbeddedPostgres pg = start ? Db.startForLoad(Path.of(args[0]), port) : null;
             Connection c = Db.connect(port); Statement s = c.createStatement()) {
            for (int a = start ? 2 : 3; a < args.length; a++) {
                System.out.println("== " + args[a]);
                if (!s.execute(args[a])) {
                    System.out.println("(" + s.getUpdateCount() + ")");
                    continue;
                }
                try (ResultSet r = s.getResultSet()) {
                    ResultSetMetaData m = r.getMetaData();
                    while (r.next()) {
                        StringBuilder line = new StringBuilder();
                        for (int i = 1; i <= m.getColumnCount(); i++) {
                            line.append(i > 1 ? " | " : "").append(r.getString(i));
                        }
                        System.out.println(line);
                    }
                }
            }
        }
    }
}
