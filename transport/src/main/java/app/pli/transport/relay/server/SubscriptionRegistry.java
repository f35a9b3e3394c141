package app.pli.transport.relay.server;

import app.pli.transport.relay.wire.BlockId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which connections subscribe to which mailbox, so the writer can offer a freshly
 * committed block to each of them. Thread-safe; every notification is handed to the
 * subscription, which moves it to its own event loop.
 */
final class SubscriptionRegistry {
    private final ConcurrentHashMap<Long, Set<Subscription>> byMailbox = new ConcurrentHashMap<>();

    void add(Subscription subscription) {
        byMailbox.compute(subscription.mailbox(), (k, set) -> {
            Set<Subscription> s = set == null ? ConcurrentHashMap.newKeySet() : set;
            s.add(subscription);
            return s;
        });
    }

    void remove(Subscription subscription) {
        byMailbox.computeIfPresent(subscription.mailbox(), (k, set) -> {
            set.remove(subscription);
            return set.isEmpty() ? null : set;
        });
    }

    /** A block was committed to {@code mailbox} at queue position {@code seq}. */
    void offer(long mailbox, long seq, BlockId blockId, byte[] block) {
        Set<Subscription> set = byMailbox.get(mailbox);
        if (set != null) {
            for (Subscription s : set) {
                s.offer(seq, blockId, block);
            }
        }
    }

    /** Blocks of {@code mailbox} were acknowledged (and deleted). */
    void acked(long mailbox, List<BlockId> blockIds) {
        Set<Subscription> set = byMailbox.get(mailbox);
        if (set != null) {
            for (Subscription s : set) {
                s.acked(blockIds);
            }
        }
    }

    /** {@code mailbox} is gone; its subscriptions end. */
    void mailboxDeleted(long mailbox) {
        Set<Subscription> set = byMailbox.remove(mailbox);
        if (set != null) {
            for (Subscription s : set) {
                s.cancel();
            }
        }
    }
}
