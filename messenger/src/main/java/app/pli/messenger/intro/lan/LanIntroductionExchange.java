package app.pli.messenger.intro.lan;

import app.pli.core.error.PliException;
import app.pli.identity.intro.IntroductionException;
import app.pli.identity.intro.Introductions;
import app.pli.identity.intro.OutgoingIntroductionMessage;
import app.pli.identity.intro.ReceiveResult;
import app.pli.identity.route.LanRoute;
import app.pli.transport.lan.link.LanIntroConnector;
import app.pli.transport.lan.link.LanLinkOptions;
import app.pli.transport.lan.link.LinkException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;

/**
 * The invitee's side of an introduction over the LAN: connects to the endpoint in the
 * code, sends M1 over the channel the invitation's secret opens, and delivers the answer
 * (M2) to the introduction. Only once M2 was accepted does M1 leave the outbox and the
 * secret leave the store, so a failed attempt is simply tried again at the next sync.
 */
public final class LanIntroductionExchange {
    private final Introductions introductions;
    private final LanIntroductionStore store;
    private final LanIntroConnector connector;

    public LanIntroductionExchange(Introductions introductions, LanIntroductionStore store, LanLinkOptions options) {
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.store = Objects.requireNonNull(store, "store");
        this.connector = new LanIntroConnector(Objects.requireNonNull(options, "options"));
    }

    /**
     * Sends {@code m1} to the inviter's endpoint {@code route} and delivers the answer.
     *
     * @throws LinkException if the endpoint cannot be reached, refuses, or does not answer
     *     in time (the invitation may be used, withdrawn, or not served now)
     * @throws IntroductionException if the answer is refused, or the introduction's secret is gone
     */
    public ReceiveResult exchange(OutgoingIntroductionMessage m1, LanRoute route) throws PliException {
        LanIntroduction row = store.find(m1.introductionId()).orElseThrow(() -> new IntroductionException(
                "the secret of a LAN introduction is gone; ask for a new invitation"));
        byte[] secret = row.secret();
        List<byte[]> answer;
        try {
            answer = connector.exchange(endpoint(route), from(row), secret, List.of(m1.payload())).get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof LinkException link ? link
                    : new LinkException("the LAN introduction failed: " + e.getCause().getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LinkException("the LAN introduction was interrupted");
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
        if (answer.size() != 1) {
            throw new IntroductionException("the inviter's answer is not one block");
        }
        ReceiveResult result = introductions.receive(m1.introductionId(), answer.get(0));
        introductions.markSent(m1.id());
        store.delete(m1.introductionId());
        return result;
    }

    private static InetSocketAddress endpoint(LanRoute route) throws LinkException {
        try {
            return new InetSocketAddress(InetAddress.getByName(route.host()), route.port());
        } catch (UnknownHostException e) {
            throw new LinkException("the invitation's LAN host " + route.host() + " is unknown");
        }
    }

    private static Optional<InetAddress> from(LanIntroduction row) throws LinkException {
        if (row.from().isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(row.from().get()));
        } catch (UnknownHostException e) {
            throw new LinkException("the local address " + row.from().get() + " chosen for the LAN is unknown");
        }
    }
}
