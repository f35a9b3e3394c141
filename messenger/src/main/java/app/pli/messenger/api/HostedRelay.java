package app.pli.messenger.api;

import app.pli.core.error.PliException;

/**
 * A relay running in this process. {@link #close()} stops accepting, lets every deposit
 * already received commit, and closes the store; it may be called more than once.
 */
public interface HostedRelay extends AutoCloseable {
    /** The address token clients use: {@code pli-relay://HOST:PORT/KEY}, with the real port. */
    String address();

    /** What the relay holds now: what its operator could see. */
    RelayView view() throws PliException;

    @Override
    void close() throws PliException;
}
