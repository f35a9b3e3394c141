package app.pli.transport.relay.bench;

import app.pli.transport.relay.client.BlockListener;
import app.pli.transport.relay.client.MailboxCredentials;
import app.pli.transport.relay.client.RelayClient;
import app.pli.transport.relay.wire.RelayAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Connections that only hold a subscription, as the many clients of a real relay do most
 * of the time: each has its own client, its own mailbox and a listener that expects
 * nothing. They cost the relay memory and ping traffic, which is what a run with them
 * measures.
 *
 * <p>{@link #close(Duration)} deletes their mailboxes and disconnects them; the clients
 * are also closed when setting up fails half way.
 */
final class IdleConnections {
    private final List<RelayClient> clients = Collections.synchronizedList(new ArrayList<>());
    private final List<Held> held = Collections.synchronizedList(new ArrayList<>());

    /** How many connections hold their subscription. */
    int size() {
        return held.size();
    }

    /**
     * Opens {@code count} subscribed connections to {@code address}, a wave at a time;
     * {@code listener} hears of any block pushed to them.
     */
    void open(RelayAddress address, int count, Duration timeout, BlockListener listener)
            throws RelayLoadException, InterruptedException {
        ConnectionWaves.open(count, i -> {
            RelayClient client = RelayClient.connect(address);
            clients.add(client);
            return client.createMailbox().thenCompose(mailbox -> client.subscribe(mailbox, listener)
                    .thenRun(() -> held.add(new Held(client, mailbox))));
        }, timeout, "idle connections");
    }

    /**
     * Deletes the mailboxes (waiting at most {@code timeout}) and closes every connection;
     * says how many mailboxes could not be deleted in time.
     */
    int close(Duration timeout) throws InterruptedException {
        int undeleted = 0;
        List<CompletableFuture<Void>> deletes = new ArrayList<>();
        synchronized (held) {
            for (Held h : held) {
                deletes.add(h.client().delete(h.mailbox()));
            }
        }
        try {
            ConnectionWaves.await(CompletableFuture.allOf(deletes.toArray(CompletableFuture[]::new)), timeout,
                    "deleting idle mailboxes");
        } catch (RelayLoadException e) {
            undeleted = (int) deletes.stream().filter(d -> !d.isDone() || d.isCompletedExceptionally()).count();
        }
        synchronized (clients) {
            clients.forEach(RelayClient::close);
        }
        return undeleted;
    }

    /** One subscribed connection and its mailbox. */
    private record Held(RelayClient client, MailboxCredentials mailbox) {}
}
