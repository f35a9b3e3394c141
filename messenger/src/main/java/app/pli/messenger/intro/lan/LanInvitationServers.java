package app.pli.messenger.intro.lan;

import app.pli.core.error.PliException;
import app.pli.identity.intro.IntroductionRole;
import app.pli.identity.intro.IntroductionState;
import app.pli.identity.intro.IntroductionSummary;
import app.pli.identity.intro.Introductions;
import app.pli.transport.lan.link.LanIntroServer;
import app.pli.transport.lan.link.LanLinkOptions;
import app.pli.transport.lan.link.LinkException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Serves the endpoints of this profile's LAN invitations: one {@link LanIntroServer} per
 * invitation that still waits for M1, or that answered and keeps its answer for a repeat.
 * A waiting {@code pli invite --lan} serves its own invitation; the daemon serves them all
 * (the {@code --no-wait} ones). Whichever process binds an endpoint's port first serves it;
 * the other reports the port busy and tries again at its next round.
 *
 * <p>Thread-safe; {@link #close()} stops every server and is idempotent.
 */
public final class LanInvitationServers implements AutoCloseable {
    private final Introductions introductions;
    private final LanIntroductionStore store;
    private final Clock clock;
    private final LanLinkOptions options;
    private final Map<Long, LanIntroServer> running = new HashMap<>();
    private boolean closed;

    public LanInvitationServers(Introductions introductions, LanIntroductionStore store, Clock clock,
            LanLinkOptions options) {
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Starts a server for every invitation to serve ({@code only} that one, if given) and
     * stops the servers no longer needed; the problems met, one line each.
     */
    public synchronized List<String> serve(OptionalLong only) throws PliException {
        List<String> problems = new ArrayList<>();
        if (closed) {
            return problems;
        }
        Map<Long, LanIntroduction> wanted = new HashMap<>();
        Map<Long, IntroductionSummary> summaries = new HashMap<>();
        for (IntroductionSummary summary : introductions.list()) {
            summaries.put(summary.id(), summary);
        }
        for (LanIntroduction row : store.all()) {
            IntroductionSummary summary = summaries.get(row.introductionId());
            if (summary != null && (only.isEmpty() || only.getAsLong() == row.introductionId())
                    && servable(row, summary)) {
                wanted.put(row.introductionId(), row);
            }
        }
        for (Iterator<Map.Entry<Long, LanIntroServer>> it = running.entrySet().iterator(); it.hasNext(); ) {
            Map.Entry<Long, LanIntroServer> entry = it.next();
            if (!wanted.containsKey(entry.getKey())) {
                entry.getValue().close();
                it.remove();
            }
        }
        for (LanIntroduction row : wanted.values()) {
            if (!running.containsKey(row.introductionId())) {
                start(row, problems);
            }
        }
        return problems;
    }

    /** Endpoints served now. */
    public synchronized int serving() {
        return running.size();
    }

    /**
     * Served until the row's time is up (the invitation's expiry), also after M1 came: a
     * connection may still be receiving its answer, and an invitee that lost it asks again.
     */
    private boolean servable(LanIntroduction row, IntroductionSummary summary) {
        return summary.role() == IntroductionRole.INVITER && clock.instant().isBefore(row.keepUntil())
                && summary.state() != IntroductionState.EXPIRED && summary.state() != IntroductionState.ABORTED;
    }

    private void start(LanIntroduction row, List<String> problems) {
        String endpoint = row.host() + ":" + row.port();
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getByName(row.host()), row.port());
            byte[] secret = row.secret();
            try {
                running.put(row.introductionId(), LanIntroServer.start(address, secret,
                        new LanInvitationResponder(row.introductionId(), introductions, store), options));
            } finally {
                Arrays.fill(secret, (byte) 0);
            }
        } catch (UnknownHostException | LinkException e) {
            problems.add("cannot serve the LAN invitation at " + endpoint + " now (" + e.getMessage()
                    + "); a waiting pli invite may hold it; tried again at the next round");
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        for (LanIntroServer server : running.values()) {
            server.close();
        }
        running.clear();
    }
}
