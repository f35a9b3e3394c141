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
import java.nio.ByteBuffer;
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
 * discovery watching the peers, and at most one open direct link per peer (when both sides
 * dialled, the link opened by the side with the smaller key wins on both ends).
 *
 * <p>Links belong to a peer's identity key, not to the id it is known by here: the other
 * side of an offer becomes a contact under a new id, and the link it came up on carries
 * on, its blocks delivered under whatever id the key has now. Thread-safe; {@link #close()}
 * stops everything (JmDNS takes about 2 s).
 */
public final class LanNode implements AutoCloseable, DirectLinks, LanFiles {
    /** Stores blocks that arrived over a link; throwing refuses them (the sender retries). */
    public interface Inbound {
        void receive(long contactId, List<byte[]> blocks) throws PliException;
    }

    private final X25519KeyPair identity;
    private final Inbound inbound;
    private final Runnable linkUp;
    private final Map<X25519PublicKey, LanLink> links = new ConcurrentHashMap<>();
    private final Set<X25519PublicKey> dialing = ConcurrentHashMap.newKeySet();
    /** Every id a link may have been opened under, with its key: links report the id they were opened with. */
    private final Map<Long, X25519PublicKey> keysOfIds = new ConcurrentHashMap<>();
    private volatile Map<Long, X25519PublicKey> peers = Map.of();
    /** Who hears the answers about each file being downloaded over a link, by file id. */
    private final Map<ByteBuffer, Receiver> fileReceivers = new ConcurrentHashMap<>();
    private volatile Served served = (contactId, fileId, index) -> Optional.empty();
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

    /**
     * The peers to accept and look for: peer id (a contact, or an open offer's other side) to
     * X25519 identity key. A link to a peer no longer listed, or listed under another key, is closed.
     */
    public void updatePeers(Map<Long, X25519PublicKey> contacts) {
        Map<Long, X25519PublicKey> copy = Map.copyOf(contacts);
        if (!copy.equals(peers)) {
            keysOfIds.putAll(copy);
            peers = copy;
            Set<X25519PublicKey> wanted = Set.copyOf(copy.values());
            links.forEach((key, link) -> {
                if (!wanted.contains(key)) {
                    link.close();
                    links.remove(key, link);
                }
            });
            discovery.refreshWatched();
        }
    }

    @Override
    public Optional<CompletableFuture<Void>> send(long contactId, List<byte[]> blocks) {
        X25519PublicKey key = peers.get(contactId);
        return key == null ? Optional.empty() : sendTo(key, blocks);
    }

    @Override
    public Optional<CompletableFuture<Void>> sendTo(X25519PublicKey key, List<byte[]> blocks) {
        LanLink link = links.get(key);
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

    /** Serves the files this profile sent to contacts that ask over a link. */
    public void serveFiles(Served files) {
        this.served = Objects.requireNonNull(files, "files");
    }

    @Override
    public boolean request(long contactId, byte[] fileId, int first, int count, Receiver receiver) {
        X25519PublicKey key = peers.get(contactId);
        LanLink link = key == null ? null : links.get(key);
        if (link == null || !link.isOpen()) {
            return false;
        }
        fileReceivers.put(ByteBuffer.wrap(fileId.clone()), receiver);
        return link.requestFile(fileId, first, count);
    }

    @Override
    public void forget(byte[] fileId) {
        fileReceivers.remove(ByteBuffer.wrap(fileId));
    }

    /** Whether a direct link to the peer with id {@code peerId} is open now. */
    public boolean linked(long peerId) {
        X25519PublicKey key = peers.get(peerId);
        return key != null && linked(key);
    }

    private boolean linked(X25519PublicKey key) {
        LanLink link = links.get(key);
        return link != null && link.isOpen();
    }

    /** The id the key of the link opened as {@code linkPeerId} has now, if it is still a peer. */
    private Optional<Long> currentId(long linkPeerId) {
        X25519PublicKey key = keysOfIds.get(linkPeerId);
        if (key == null) {
            return Optional.empty();
        }
        return peers.entrySet().stream().filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey).findFirst();
    }

    private List<LinkPeer> linkPeers() {
        return peers.entrySet().stream().map(e -> new LinkPeer(e.getKey(), e.getValue())).toList();
    }

    private List<WatchedPeer> watchedPeers() {
        return peers.entrySet().stream().map(e -> new WatchedPeer(e.getKey(), e.getValue())).toList();
    }

    /** A peer's record was seen: dial it unless a link is open or a dial is under way. */
    private void found(long peerId, InetSocketAddress endpoint) {
        X25519PublicKey key = peers.get(peerId);
        if (key == null || linked(key) || !dialing.add(key)) {
            return;
        }
        connector.connect(endpoint, new LinkPeer(peerId, key))
                .whenComplete((link, failure) -> dialing.remove(key));
    }

    /** Whether {@code link} is the one both ends keep: the one dialled by the side with the smaller key. */
    private boolean preferred(LanLink link) {
        X25519PublicKey peer = keysOfIds.get(link.peerId());
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
            X25519PublicKey key = keysOfIds.get(peerId);
            if (key == null) {
                link.close();
                return;
            }
            links.compute(key, (k, existing) -> {
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
            long current = currentId(peerId).orElseThrow(
                    () -> new PliException("blocks from a LAN peer that is no longer one"));
            inbound.receive(current, blocks.stream().map(LinkBlock::block).toList());
        }

        @Override
        public void onFileRequest(long peerId, LanLink link, byte[] fileId, int first, int count) {
            Optional<Long> contact = currentId(peerId);
            int missingFrom = -1;
            for (int index = first; index < first + count; index++) {
                Optional<byte[]> block = Optional.empty();
                if (contact.isPresent()) {
                    try {
                        block = served.block(contact.get(), fileId, index);
                    } catch (PliException e) {
                        block = Optional.empty(); // answered as missing: the asker tries again later
                    }
                }
                if (block.isPresent()) {
                    if (missingFrom >= 0) {
                        link.fileMissing(fileId, missingFrom, index - missingFrom);
                        missingFrom = -1;
                    }
                    link.sendFileBlock(fileId, index, block.get());
                } else if (missingFrom < 0) {
                    missingFrom = index;
                }
            }
            if (missingFrom >= 0) {
                link.fileMissing(fileId, missingFrom, first + count - missingFrom);
            }
        }

        @Override
        public void onFileBlock(long peerId, byte[] fileId, int index, byte[] block) {
            Receiver receiver = fileReceivers.get(ByteBuffer.wrap(fileId));
            if (receiver != null) {
                receiver.block(index, block);
            }
        }

        @Override
        public void onFileMissing(long peerId, byte[] fileId, int first, int count) {
            Receiver receiver = fileReceivers.get(ByteBuffer.wrap(fileId));
            if (receiver != null) {
                receiver.missing(first, count);
            }
        }

        @Override
        public void onLinkDown(long peerId) {
            X25519PublicKey key = keysOfIds.get(peerId);
            if (key != null) {
                links.computeIfPresent(key, (k, link) -> link.isOpen() ? link : null);
            }
        }
    }
}
