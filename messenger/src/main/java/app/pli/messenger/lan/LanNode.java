package app.pli.messenger.lan;

import app.pli.core.crypto.X25519KeyPair;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.error.PliException;
import app.pli.messenger.delivery.PayloadBlocks;
import app.pli.transport.lan.discovery.LanAnnouncer;
import app.pli.transport.lan.discovery.LanDiscovery;
import app.pli.transport.lan.discovery.WatchedPeer;
import app.pli.transport.lan.link.LanLink;
import app.pli.transport.lan.link.LanLinkConnector;
import app.pli.transport.lan.link.LanLinkOptions;
import app.pli.transport.lan.link.LanLinkServer;
import app.pli.transport.lan.link.LinkBlock;
import app.pli.transport.lan.link.LinkListener;
import app.pli.transport.lan.link.LinkPeer;
import app.pli.transport.relay.client.RelayBlock;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One profile on the LAN: a link server, an mDNS announcement under the hour's name, a
 * discovery watching the contacts, and at most one open direct link per contact (when both
 * sides dialled, the link opened by the side with the smaller key wins on both ends).
 * Thread-safe; {@link #close()} stops everything (JmDNS takes about 2 s).
 */
public final class LanNode implements AutoCloseable, DirectLinks {
    /** Stores blocks that arrived over a link; throwing refuses them (the sender retries). */
    public interface Inbound {
        void receive(long contactId, List<byte[]> blocks) throws PliException;
    }

    private final X25519KeyPair identity;
    private final Inbound inbound;
    private final Runnable linkUp;
    private final Map<Long, LanLink> links = new ConcurrentHashMap<>();
    private final Set<Long> dialing = ConcurrentHashMap.newKeySet();
    private volatile Map<Long, X25519PublicKey> peers = Map.of();
    private LanLinkServer server;
    private LanLinkConnector connector;
    private LanAnnouncer announcer;
    private LanDiscovery discovery;

    private LanNode(X25519KeyPair identity, Inbound inbound, Runnable linkUp) {
        this.identity = identity;
        this.inbound = inbound;
        this.linkUp = linkUp;
    }

    /**
     * Starts listening, announcing and discovering on {@code address}. {@code linkUp} runs
     * (on a link thread, so it must not block) whenever a link to a contact comes up: what
     * waits for that contact can go at once.
     */
    public static LanNode start(InetAddress address, X25519KeyPair identity, Clock clock, Inbound inbound,
            Runnable linkUp) throws PliException {
        LanNode node = new LanNode(identity, inbound, Objects.requireNonNull(linkUp, "linkUp"));
        try {
            Listener listener = node.new Listener();
            node.server = LanLinkServer.start(new InetSocketAddress(address, 0), identity, node::linkPeers, listener,
                    LanLinkOptions.defaults());
            node.connector = new LanLinkConnector(identity, listener, LanLinkOptions.defaults());
            node.announcer = LanAnnouncer.start(address, node.server.address().getPort(), identity.publicKey(), clock);
            node.discovery = LanDiscovery.start(address, clock, identity.publicKey(), node::watchedPeers,
                    node::found);
            return node;
        } catch (PliException | RuntimeException e) {
            node.close();
            throw e;
        }
    }

    /** The port the link server listens on. */
    public int port() {
        return server.address().getPort();
    }

    /** The contacts to accept and look for: contact id to X25519 identity key. */
    public void updatePeers(Map<Long, X25519PublicKey> contacts) {
        Map<Long, X25519PublicKey> copy = Map.copyOf(contacts);
        if (!copy.equals(peers)) {
            peers = copy;
            discovery.refreshWatched();
        }
    }

    @Override
    public Optional<CompletableFuture<Void>> send(long contactId, List<byte[]> blocks) {
        LanLink link = links.get(contactId);
        if (link == null || !link.isOpen()) {
            return Optional.empty();
        }
        List<LinkBlock> linkBlocks = new ArrayList<>(blocks.size());
        for (byte[] block : blocks) {
            RelayBlock identified = PayloadBlocks.of(block);
            linkBlocks.add(new LinkBlock(identified.id().bytes(), block));
        }
        return Optional.of(link.send(linkBlocks));
    }

    /** Whether a direct link to the contact is open now. */
    public boolean linked(long contactId) {
        LanLink link = links.get(contactId);
        return link != null && link.isOpen();
    }

    private List<LinkPeer> linkPeers() {
        return peers.entrySet().stream().map(e -> new LinkPeer(e.getKey(), e.getValue())).toList();
    }

    private List<WatchedPeer> watchedPeers() {
        return peers.entrySet().stream().map(e -> new WatchedPeer(e.getKey(), e.getValue())).toList();
    }

    /** A contact's record was seen: dial it unless a link is open or a dial is under way. */
    private void found(long contactId, InetSocketAddress endpoint) {
        X25519PublicKey key = peers.get(contactId);
        if (key == null || linked(contactId) || !dialing.add(contactId)) {
            return;
        }
        connector.connect(endpoint, new LinkPeer(contactId, key))
                .whenComplete((link, failure) -> dialing.remove(contactId));
    }

    /** Whether {@code link} is the one both ends keep: the one dialled by the side with the smaller key. */
    private boolean preferred(LanLink link) {
        X25519PublicKey peer = peers.get(link.peerId());
        if (peer == null) {
            return true;
        }
        boolean mineSmaller = Arrays.compareUnsigned(identity.publicKey().bytes(), peer.bytes()) < 0;
        return link.initiator() == mineSmaller;
    }

    @Override
    public void close() {
        List<Runnable> closers = new ArrayList<>();
        if (discovery != null) {
            closers.add(discovery::close);
        }
        if (announcer != null) {
            closers.add(announcer::close);
        }
        // JmDNS takes about 2 s to close: both instances close at once.
        List<Thread> threads = new ArrayList<>();
        for (Runnable closer : closers) {
            Thread thread = new Thread(closer, "pli-lan-close");
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        links.values().forEach(LanLink::close);
        if (connector != null) {
            connector.close();
        }
        if (server != null) {
            server.close();
        }
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Keeps one link per contact and hands arriving blocks to {@link Inbound}. */
    private final class Listener implements LinkListener {
        @Override
        public void onLinkUp(long peerId, LanLink link) {
            links.compute(peerId, (id, existing) -> {
                if (existing == null || !existing.isOpen()) {
                    return link;
                }
                if (preferred(link) && !preferred(existing)) {
                    existing.close();
                    return link;
                }
                link.close();
                return existing;
            });
            linkUp.run();
        }

        @Override
        public void onBlocks(long peerId, List<LinkBlock> blocks) throws PliException {
            inbound.receive(peerId, blocks.stream().map(LinkBlock::block).toList());
        }

        @Override
        public void onLinkDown(long peerId) {
            links.computeIfPresent(peerId, (id, link) -> link.isOpen() ? link : null);
        }
    }
}
