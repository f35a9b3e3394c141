package app.pli.transport.relay.client;

/**
 * Receives the blocks a relay pushes for one subscribed mailbox.
 *
 * <p>Calls for one client arrive one at a time, in order, on a callback thread (never the
 * network thread), so a listener may block briefly, for example to store the block. The
 * same block can arrive more than once (after a reconnect); drop repeats by
 * {@link RelayBlock#id()}. A block stays on the relay until {@link RelayClient#ack acked}.
 */
@FunctionalInterface
public interface BlockListener {
    void onBlock(RelayBlock block);

    /**
     * The relay refused to renew the subscription after a reconnect (for example, the
     * mailbox was deleted); no more blocks will come. The default does nothing.
     */
    default void onSubscriptionLost(RelayException reason) {}
}
