package app.pli.transport.relay.server;

import app.pli.core.crypto.X25519KeyPair;
import io.netty.channel.group.ChannelGroup;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What every connection of one running relay shares: its options and static key, the
 * store's writer and reader, the subscription registry, and the set and count of open
 * connections.
 */
record RelayContext(RelayServerOptions options, X25519KeyPair staticKey, StoreWriter writer, StoreReader reader,
        SubscriptionRegistry subscriptions, ChannelGroup channels, AtomicInteger openConnections) {}
