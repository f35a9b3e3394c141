package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.RelayErrorCode;
import java.lang.System.Logger.Level;
import java.sql.SQLException;

/** Deletes every block older than the TTL, counted in whole hours of arrival. */
final class ExpiryTask implements StoreTask {
    private static final System.Logger LOG = System.getLogger(ExpiryTask.class.getName());

    private final long ttlHours;
    private int expired;

    ExpiryTask(long ttlHours) {
        this.ttlHours = ttlHours;
    }

    @Override
    public void execute(WriteBatch batch) throws SQLException {
        expired = batch.tables().expireBefore(batch.arrivalHour() - ttlHours);
        if (expired > 0) {
            batch.counts().clear();
        }
    }

    @Override
    public void committed() {
        if (expired > 0) {
            LOG.log(Level.INFO, "relay expired " + expired + " blocks past their TTL");
        }
    }

    @Override
    public void abandoned(RelayErrorCode code, String message) {
        LOG.log(Level.DEBUG, "relay expiry sweep skipped: " + message);
    }
}
