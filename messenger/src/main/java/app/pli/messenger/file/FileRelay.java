package app.pli.messenger.file;

import app.pli.core.error.PliException;
import app.pli.messenger.delivery.RelayLinks;
import app.pli.messenger.delivery.RelayUnreachableException;
import app.pli.transport.relay.client.RelayClient;
import app.pli.transport.relay.client.RelayException;
import app.pli.transport.relay.wire.RelayAddress;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One relay connection for the transfer of one file, its own (a file mailbox creation
 * counts against a per-connection limit, and a transfer's pipeline should not queue behind
 * messages), with bounded waits: a relay that does not connect within the connect budget,
 * or stops answering for the timeout, ends the transfer for now (it resumes later).
 */
final class FileRelay implements AutoCloseable {
    private final String relay;
    private final RelayClient client;
    private final Duration timeout;

    private FileRelay(String relay, RelayClient client, Duration timeout) {
        this.relay = relay;
        this.client = client;
        this.timeout = timeout;
    }

    /** Connects to {@code relay}, waiting at most {@code connectBudget}. */
    static FileRelay connect(String relay, Duration connectBudget, Duration timeout) throws PliException {
        RelayClient client = RelayClient.connect(RelayAddress.parse(relay));
        FileRelay link = new FileRelay(relay, client, timeout);
        try {
            client.connection().get(connectBudget.toMillis(), TimeUnit.MILLISECONDS);
            return link;
        } catch (TimeoutException e) {
            link.close();
            throw new RelayUnreachableException("relay " + RelayLinks.hostAndPort(relay)
                    + " is unreachable (no connection within " + connectBudget.toSeconds() + " s)");
        } catch (ExecutionException e) {
            link.close();
            throw new RelayUnreachableException("relay " + RelayLinks.hostAndPort(relay) + " is unreachable ("
                    + e.getCause().getMessage() + ")");
        } catch (InterruptedException e) {
            link.close();
            Thread.currentThread().interrupt();
            throw new RelayUnreachableException("interrupted while connecting to the relay");
        }
    }

    RelayClient client() {
        return client;
    }

    Duration timeout() {
        return timeout;
    }

    /** The answer to one request, waiting at most the timeout. */
    <T> T await(CompletableFuture<T> request) throws PliException {
        try {
            return request.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            request.cancel(false);
            throw unanswered();
        } catch (ExecutionException e) {
            throw refusal(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RelayUnreachableException("interrupted while waiting for the relay");
        }
    }

    RelayUnreachableException unanswered() {
        return new RelayUnreachableException("relay " + RelayLinks.hostAndPort(relay) + " stopped answering (no answer"
                + " within " + timeout.toSeconds() + " s); the transfer resumes later");
    }

    /** What a failed request means for the user. */
    PliException refusal(Throwable failure) {
        Throwable cause = BlockPipeline.cause(failure);
        if (cause instanceof RelayException refused) {
            return refused;
        }
        return new RelayUnreachableException("relay " + RelayLinks.hostAndPort(relay) + " failed: "
                + cause.getClass().getSimpleName());
    }

    @Override
    public void close() {
        client.close();
    }
}
