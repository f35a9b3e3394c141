package app.pli.transport.relay.server;

import app.pli.core.db.Migration;
import app.pli.core.db.SchemaOwner;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The relay's tables. They hold exactly what the relay must know and nothing more: per
 * mailbox its two ids, its public key and its optional lock key; per block its mailbox, its
 * id, its bytes and the hour it arrived (coarse, for the TTL). No address, no exact time,
 * no connection data.
 */
final class RelaySchema implements SchemaOwner {
    private static final List<String> VERSION_1 = List.of(
            "CREATE TABLE relay_mailbox ("
                    + " id INTEGER PRIMARY KEY,"
                    + " fetch_id BLOB NOT NULL UNIQUE,"
                    + " deposit_id BLOB NOT NULL UNIQUE,"
                    + " mailbox_key BLOB NOT NULL,"
                    + " sender_key BLOB)",
            // AUTOINCREMENT: seq is never reused, even after the newest block is acked and
            // deleted, so it orders arrivals and a subscription can trust "seq > last pushed".
            "CREATE TABLE relay_block ("
                    + " seq INTEGER PRIMARY KEY AUTOINCREMENT,"
                    + " mailbox INTEGER NOT NULL REFERENCES relay_mailbox(id) ON DELETE CASCADE,"
                    + " block_id BLOB NOT NULL,"
                    + " arrival_hour INTEGER NOT NULL,"
                    + " data BLOB NOT NULL,"
                    + " UNIQUE (mailbox, block_id))",
            "CREATE INDEX relay_block_queue ON relay_block(mailbox, seq)",
            "CREATE INDEX relay_block_arrival ON relay_block(arrival_hour)");

    @Override
    public String module() {
        return "relay";
    }

    @Override
    public List<Migration> migrations() {
        return List.of(new Migration(1, "mailboxes and queued blocks", RelaySchema::createVersion1));
    }

    private static void createVersion1(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : VERSION_1) {
                statement.execute(sql);
            }
        }
    }
}
