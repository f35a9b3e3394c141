package app.pli.messenger.testing;

import app.pli.core.error.PliException;
import app.pli.transport.relay.server.RelayServer;
import app.pli.transport.relay.server.RelayServerOptions;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** A real blind relay on 127.0.0.1 for a test; it can be stopped and started again on the same port and data. */
public final class TestRelay implements AutoCloseable {
    private final Path dataDir;
    private int port;
    private RelayServer server;
    private String address;

    private TestRelay(Path dataDir) {
        this.dataDir = dataDir;
    }

    /** A relay on a free port, keeping its key and store in {@code dataDir}. */
    public static TestRelay start(Path dataDir) throws PliException {
        TestRelay relay = new TestRelay(dataDir);
        relay.startOn(0);
        return relay;
    }

    /** The address token clients use. */
    public String address() {
        return address;
    }

    /** How many mailboxes the relay holds, read from its store. */
    public int mailboxCount() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(RelayServer.STORE_FILE));
                Statement statement = c.createStatement();
                ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM relay_mailbox")) {
            count.next();
            return count.getInt(1);
        }
    }

    /**
     * Deletes every block the relay holds, as a relay that loses or withholds blocks would;
     * how many it deleted. The relay keeps running.
     */
    public int loseQueuedBlocks() throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve(RelayServer.STORE_FILE));
                Statement statement = c.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 10000");
            return statement.executeUpdate("DELETE FROM relay_block");
        }
    }

    public void stop() throws PliException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts the relay again on the same port, with the same key and stored blocks. */
    public void restart() throws PliException {
        stop();
        startOn(port);
    }

    private void startOn(int wanted) throws PliException {
        server = RelayServer.start(RelayServerOptions.builder(dataDir).listen("127.0.0.1", wanted).build());
        port = server.address().port();
        address = server.address().format();
    }

    @Override
    public void close() throws PliException {
        stop();
    }
}
