package app.pli.core.db;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Child process for lock tests: opens the database file given as its argument in WAL mode,
 * takes the write lock with {@code BEGIN EXCLUSIVE}, prints {@code LOCKED}, and holds the
 * lock until its standard input closes (or a safety limit passes, so it never outlives a
 * crashed test run).
 */
public final class LockHolderMain {
    private static final long SAFETY_LIMIT_SECONDS = 120;

    private LockHolderMain() {}

    public static void main(String[] args) throws SQLException, IOException {
        Thread guard = new Thread(LockHolderMain::exitAfterSafetyLimit, "lock-holder-guard");
        guard.setDaemon(true);
        guard.start();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + args[0]);
                Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode = WAL");
            s.execute("BEGIN EXCLUSIVE");
            System.out.println("LOCKED");
            System.out.flush();
            // Holds the lock until the test closes our input or kills us.
            System.in.transferTo(OutputStream.nullOutputStream());
            s.execute("ROLLBACK");
        }
    }

    private static void exitAfterSafetyLimit() {
        try {
            TimeUnit.SECONDS.sleep(SAFETY_LIMIT_SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.exit(3);
    }
}
