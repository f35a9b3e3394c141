package app.pli.messenger.online;

import app.pli.core.crypto.X25519PublicKey;
import app.pli.core.error.PliException;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.OnlineListener;
import app.pli.messenger.api.OnlineSession;
import app.pli.messenger.conversation.Conversations;
import app.pli.messenger.conversation.MessageViews;
import app.pli.messenger.conversation.ReceiveOutcome;
import app.pli.messenger.conversation.SessionRecord;
import app.pli.messenger.conversation.StoredMessage;
import app.pli.messenger.delivery.MessageRound;
import app.pli.messenger.delivery.MessageSync;
import app.pli.messenger.group.GroupService;
import app.pli.messenger.delivery.RelayLinks;
import app.pli.messenger.intro.lan.LanInvitationServers;
import app.pli.messenger.lan.DirectLinks;
import app.pli.messenger.lan.LanNode;
import app.pli.messenger.mailbox.OwnedMailbox;
import app.pli.transport.relay.client.BlockListener;
import app.pli.transport.relay.client.RelayBlock;
import app.pli.transport.relay.client.RelayException;
import app.pli.transport.relay.wire.BlockId;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The loop behind an {@link OnlineSession}, on one thread of its own. It sleeps until
 * something happens, and never polls: blocks pushed by a relay or a direct link, a text
 * sent through this session, and writes to the profile's store by any process (a
 * {@link StoreWatch}; then it compares cheap marks to see whether introductions or the
 * outbox changed) wake it, as do its own deadlines. It runs a full {@link ProfileSync}
 * round (and subscribes to inboxes it is not subscribed to yet) at once when any
 * introduction changes, every {@link #FULL_ROUND} while an introduction waits for a relay
 * message, else every {@link #QUIET_ROUND}; in between it stores pushed blocks as they
 * arrive (acknowledging them after each commit), and delivers the outbox whenever it grows
 * or its backoff expires.
 */
final class OnlineRunner implements OnlineSession {
    /** How often the full round runs while an introduction waits for a relay message. */
    static final Duration FULL_ROUND = Duration.ofSeconds(3);
    /**
     * How often it runs otherwise, as a safety net: subscriptions deliver messages, store
     * writes wake the loop, and any introduction change triggers a round at once.
     */
    static final Duration QUIET_ROUND = Duration.ofSeconds(60);
    /** How long receipts gather before one envelope carries them all. */
    static final Duration RECEIPT_DELAY = Duration.ofMillis(300);
    /** How often the marks are compared where the platform offers no file-system watch. */
    static final Duration MARK_POLL = Duration.ofSeconds(1);
    /**
     * When the marks are compared once more after a write was reported: a reader may look
     * between the write the watch saw and SQLite publishing its commit, and no later write
     * would come to report it.
     */
    static final Duration MARK_RECHECK = Duration.ofMillis(250);
    /** No deadline. */
    private static final long NEVER = Long.MAX_VALUE;

    private final ProfileSync sync;
    private final MessageSync messages;
    private final Conversations conversations;
    private final MessageViews views;
    private final GroupService groups;
    private final OnlineListener listener;
    private final RelayLinks links;
    private final LanInvitationServers invitations;
    private final LinkedBlockingQueue<Pushed> inbox = new LinkedBlockingQueue<>();
    private final Set<Long> subscribed = new HashSet<>();
    /** The LAN peers that are the other side of an open offer (their ids are offer rows), read by link threads. */
    private volatile Set<Long> offerPeers = Set.of();
    private final Set<String> reported = new HashSet<>();
    private final Backoff backoff = new Backoff();
    private final Thread thread;
    private final Path storeFile;
    /** Set by the watch thread, cleared by the loop: coalesces a burst of writes into one wake-up. */
    private final AtomicBoolean storeChangePending = new AtomicBoolean();
    private StoreWatch storeWatch;
    private LanNode lan;
    private String lanDescription;
    private volatile boolean closed;
    private boolean marksToCheck = true;
    private boolean flushWanted = true;
    private long nextFullRound;
    private long nextFlush = NEVER;
    private long nextMarkPoll = NEVER;
    private long markRecheck = NEVER;
    private long outboxMark = -1;
    private long receiptsDue = NEVER;
    private String introductionMark = "";

    OnlineRunner(ProfileSync sync, MessageSync messages, Conversations conversations, MessageViews views,
            GroupService groups, OnlineListener listener, Duration relayTimeout, LanInvitationServers invitations,
            Path storeFile) {
        this.groups = Objects.requireNonNull(groups, "groups");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.messages = Objects.requireNonNull(messages, "messages");
        this.conversations = Objects.requireNonNull(conversations, "conversations");
        this.views = Objects.requireNonNull(views, "views");
        this.listener = Objects.requireNonNull(listener, "listener");
        // A relay that comes back wakes the loop: what waits goes out, and a full round fetches what it kept.
        this.links = new RelayLinks(relayTimeout, relayTimeout, () -> inbox.add(new Pushed.RelayConnected()));
        this.invitations = Objects.requireNonNull(invitations, "invitations");
        this.storeFile = Objects.requireNonNull(storeFile, "storeFile");
        this.thread = new Thread(this::loop, "pli-online");
        this.thread.setDaemon(true);
    }

    /** Carries envelopes over {@code node}'s direct links too; call before {@link #start()}. */
    void attach(LanNode node, String description) {
        this.lan = node;
        this.lanDescription = description;
    }

    void start() {
        storeWatch = StoreWatch.start(storeFile, this::storeChanged).orElse(null);
        nextMarkPoll = storeWatch == null ? System.nanoTime() : NEVER;
        nextFullRound = System.nanoTime();
        thread.start();
    }

    /** Some process wrote to the store (on the watch thread): compare the marks at the loop's next turn. */
    private void storeChanged() {
        if (storeChangePending.compareAndSet(false, true)) {
            inbox.add(new Pushed.StoreChanged());
        }
    }

    /**
     * Stores blocks a direct link delivered (on the link's thread); throwing refuses them. The
     * peer is a contact, or the other side of an open offer whose rendezvous is the LAN.
     */
    void receiveDirect(long peerId, List<byte[]> blocks) throws PliException {
        if (offerPeers.contains(peerId)) {
            sync.offers().receiveDirect(peerId, blocks);
            inbox.add(new Pushed.StoreChanged());
            return;
        }
        long contactId = peerId;
        List<StoredMessage> stored = new ArrayList<>();
        for (ReceiveOutcome outcome : conversations.receiver().receiveAll(contactId, blocks)) {
            stored.addAll(outcome.storedMessages());
        }
        if (!stored.isEmpty()) {
            inbox.add(new Pushed.Stored(stored));
        }
    }

    /** A direct link came up (on the link's thread): hand the outbox over now, not when the backoff ends. */
    void linkUp() {
        inbox.add(new Pushed.Wake());
    }

    @Override
    public Optional<String> lanDescription() {
        return Optional.ofNullable(lanDescription);
    }

    private DirectLinks direct() {
        return lan == null ? DirectLinks.NONE : lan;
    }

    @Override
    public MessageInfo send(String contactName, String text) throws PliException {
        if (closed) {
            throw new PliException("this online session was closed");
        }
        // The loop starts sessions at its next round; a line typed right after the codes matched must not wait for it.
        conversations.starter().startDue();
        StoredMessage message = conversations.sender().send(contactName, text);
        inbox.add(new Pushed.Wake());
        return MessageViews.view(message, contactName);
    }

    @Override
    public MessageInfo sendToGroup(String group, String text) throws PliException {
        if (closed) {
            throw new PliException("this online session was closed");
        }
        MessageInfo message = groups.queue(group, text);
        inbox.add(new Pushed.Wake());
        return message;
    }

    @Override
    public void close() {
        closed = true;
        inbox.add(new Pushed.Wake());
        if (Thread.currentThread() != thread) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void loop() {
        try {
            while (!closed) {
                try {
                    step();
                } catch (PliException e) {
                    listener.problem(e.getMessage());
                    pause();
                }
            }
        } finally {
            if (storeWatch != null) {
                storeWatch.close();
            }
            finalFlush();
            invitations.close();
            links.close();
            if (lan != null) {
                lan.close();
            }
        }
    }

    /** On the way out, hands over what was queued last (a line typed just before /quit), best effort. */
    private void finalFlush() {
        try {
            if (!conversations.outboxEmpty()) {
                flush();
            }
        } catch (PliException e) {
            listener.problem("left queued for the next sync: " + e.getMessage());
        }
    }

    /**
     * One turn: take what woke the loop, then do what is due (compare the marks, a full round,
     * receipts, a delivery), then sleep until the next deadline or the next wake-up.
     */
    private void step() throws PliException {
        receive(take());
        if (due(nextMarkPoll)) {
            marksToCheck = true;
            nextMarkPoll = System.nanoTime() + MARK_POLL.toNanos();
        }
        if (due(markRecheck)) {
            marksToCheck = true;
            markRecheck = NEVER;
        }
        if (marksToCheck) {
            marksToCheck = false;
            if (!sync.introductionMark().equals(introductionMark)) {
                nextFullRound = System.nanoTime();
            }
            flushWanted |= conversations.outboxMark() != outboxMark;
        }
        if (due(nextFullRound)) {
            fullRound();
            introductionMark = sync.introductionMark();
            nextFullRound = System.nanoTime()
                    + (sync.awaitingIntroductionMessages() ? FULL_ROUND : QUIET_ROUND).toNanos();
            flushWanted = true;
        }
        if (due(receiptsDue)) {
            receiptsDue = NEVER;
            flushWanted |= conversations.sender().queueReceipts() > 0;
        }
        if (flushWanted || due(nextFlush)) {
            flushWanted = false;
            flush();
        }
    }

    private static boolean due(long deadline) {
        return deadline != NEVER && System.nanoTime() - deadline >= 0;
    }

    /** What woke the loop: everything queued, waiting until the earliest deadline if nothing is. */
    private List<Pushed> take() {
        List<Pushed> work = new ArrayList<>();
        long now = System.nanoTime();
        long wait = NEVER;
        for (long deadline : new long[] {nextFullRound, nextFlush, receiptsDue, nextMarkPoll, markRecheck}) {
            if (deadline != NEVER) {
                wait = Math.min(wait, Math.max(0, deadline - now));
            }
        }
        if (flushWanted || marksToCheck) {
            wait = 0;
        }
        try {
            Pushed first = wait == NEVER ? inbox.take() : inbox.poll(wait, TimeUnit.NANOSECONDS);
            if (first != null) {
                work.add(first);
                inbox.drainTo(work);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
        return work;
    }

    private void fullRound() throws PliException {
        links.retryUnreachable();
        // Subscribed inboxes are fetched too: a safety net for pushes lost around a relay restart.
        SyncRound round = sync.run(links, direct());
        report(round.stored());
        if (round.report().introductionsAdvanced() > 0) {
            listener.introductionAdvanced();
        }
        List<String> problems = new ArrayList<>(round.report().problems());
        problems.addAll(invitations.serve(OptionalLong.empty()));
        problems(problems, true);
        subscribeNewInboxes();
        if (lan != null) {
            Map<Long, X25519PublicKey> peers = new HashMap<>(conversations.sessionPeers());
            // One id per key: a contact's key stays the contact's (its link carries session blocks).
            Map<Long, X25519PublicKey> offered = new HashMap<>(sync.offers().lanPeers());
            offered.values().removeAll(Set.copyOf(peers.values()));
            offerPeers = Set.copyOf(offered.keySet());
            peers.putAll(offered);
            lan.updatePeers(peers);
        }
    }

    private void subscribeNewInboxes() throws PliException {
        Map<Long, OwnedMailbox> mailboxes = null;
        for (SessionRecord session : conversations.sessions()) {
            if (session.inboxId().isEmpty() || subscribed.contains(session.inboxId().getAsLong())) {
                continue;
            }
            if (mailboxes == null) {
                mailboxes = messages.inboxesById();
            }
            OwnedMailbox mailbox = mailboxes.get(session.inboxId().getAsLong());
            if (mailbox == null || !links.reachable(mailbox.relayAddress())) {
                continue;
            }
            try {
                links.subscribe(mailbox.relayAddress(), mailbox.credentials(),
                        new InboxListener(session.contactId(), mailbox.id()));
                subscribed.add(mailbox.id());
            } catch (RelayException e) {
                listener.problem("relay " + RelayLinks.hostAndPort(mailbox.relayAddress())
                        + " refused a subscription: " + e.getMessage());
            } catch (PliException e) {
                // Unreachable: named in the next round's problems, subscribed when it answers.
            }
        }
    }

    /** Handles what woke the loop: pushed and linked blocks are stored, other wake-ups set what is due. */
    private void receive(List<Pushed> work) throws PliException {
        Map<Long, List<Pushed.Block>> byInbox = new LinkedHashMap<>();
        for (Pushed item : work) {
            if (item instanceof Pushed.Wake) {
                flushWanted = true;
            } else if (item instanceof Pushed.StoreChanged) {
                storeChangePending.set(false);
                marksToCheck = true;
                markRecheck = System.nanoTime() + MARK_RECHECK.toNanos();
            } else if (item instanceof Pushed.RelayConnected) {
                // Pushes may have been lost while it was away: fetch (and re-subscribe) now.
                nextFullRound = System.nanoTime();
                flushWanted = true;
            } else if (item instanceof Pushed.Lost lost) {
                subscribed.remove(lost.inboxId());
                long soon = System.nanoTime() + FULL_ROUND.toNanos();
                if (soon - nextFullRound < 0) {
                    nextFullRound = soon; // subscribe again soon, not at the quiet round
                }
            } else if (item instanceof Pushed.Stored direct) {
                report(direct.messages());
                scheduleReceipts();
            } else if (item instanceof Pushed.Block pushed) {
                byInbox.computeIfAbsent(pushed.inboxId(), id -> new ArrayList<>()).add(pushed);
            }
        }
        if (byInbox.isEmpty()) {
            return;
        }
        Map<Long, OwnedMailbox> mailboxes = messages.inboxesById(byInbox.keySet());
        MessageRound round = new MessageRound();
        for (List<Pushed.Block> pushed : byInbox.values()) {
            long inboxId = pushed.get(0).inboxId();
            List<BlockId> handled;
            try {
                handled = messages.receive(pushed.get(0).contactId(),
                        pushed.stream().map(Pushed.Block::block).toList(), round);
            } catch (PliException e) {
                // Not stored, not acknowledged: the next full round fetches this inbox again.
                subscribed.remove(inboxId);
                listener.problem("incoming blocks could not be stored: " + e.getMessage());
                continue;
            }
            OwnedMailbox mailbox = mailboxes.get(inboxId);
            if (mailbox != null) {
                links.ackWithoutWaiting(mailbox.relayAddress(), mailbox.credentials(), handled);
            }
        }
        report(round.stored());
        if (!round.stored().isEmpty()) {
            scheduleReceipts();
        }
        // A receipt request answered, or texts a receipt named missing, wait in the outbox now.
        flushWanted = true;
    }

    /** Receipts gather for {@link #RECEIPT_DELAY}: one receipt answers a burst of messages. */
    private void scheduleReceipts() {
        if (receiptsDue == NEVER) {
            receiptsDue = System.nanoTime() + RECEIPT_DELAY.toNanos();
        }
    }

    private void flush() throws PliException {
        // A relay that failed earlier is asked again: the backoff, not the links, paces the retries.
        links.retryUnreachable();
        // Read before: an envelope queued while this flush runs changes the mark and is handed over next.
        long mark = conversations.outboxMark();
        MessageRound round = sync.flush(links, direct());
        outboxMark = mark;
        if (conversations.outboxEmpty()) {
            backoff.succeed();
            nextFlush = NEVER;
        } else {
            nextFlush = System.nanoTime() + backoff.fail().toNanos();
        }
        problems(round.problems(), false);
    }

    /**
     * Reports each problem once while it lasts: a full round forgets the problems it no
     * longer sees, so one that comes back is reported again.
     */
    private void problems(List<String> lines, boolean fullRound) {
        for (String line : lines) {
            if (reported.add(line)) {
                listener.problem(line);
            }
        }
        if (fullRound) {
            reported.retainAll(Set.copyOf(lines));
        }
    }

    private void report(List<StoredMessage> stored) throws PliException {
        for (MessageInfo message : views.of(stored)) {
            listener.received(message);
        }
    }

    private void pause() {
        try {
            Thread.sleep(Backoff.FIRST.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Hands pushed blocks to the loop; runs on a relay client's callback thread. */
    private final class InboxListener implements BlockListener {
        private final long contactId;
        private final long inboxId;

        InboxListener(long contactId, long inboxId) {
            this.contactId = contactId;
            this.inboxId = inboxId;
        }

        @Override
        public void onBlock(RelayBlock block) {
            inbox.add(new Pushed.Block(contactId, inboxId, block));
        }

        @Override
        public void onSubscriptionLost(RelayException reason) {
            inbox.add(new Pushed.Lost(inboxId));
        }
    }
}
