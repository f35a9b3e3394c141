package app.pli.transport.relay.client;

import java.util.concurrent.Executor;

/**
 * One mailbox this client subscribes to: its credentials, its listener, and the serial
 * executor that hands it blocks in order. Renewed on every new connection.
 *
 * <p>Confined to the client's event loop.
 */
final class SubscriptionEntry {
    final MailboxCredentials mailbox;
    final BlockListener listener;
    final Executor delivery;
    /** The id of the subscribe request waiting for an answer, or 0. */
    long pendingRequest;

    SubscriptionEntry(MailboxCredentials mailbox, BlockListener listener, Executor delivery) {
        this.mailbox = mailbox;
        this.listener = listener;
        this.delivery = delivery;
    }

    void deliver(RelayBlock block) {
        delivery.execute(() -> listener.onBlock(block));
    }
}
