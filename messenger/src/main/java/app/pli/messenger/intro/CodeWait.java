package app.pli.messenger.intro;

import app.pli.core.error.PliException;
import app.pli.identity.intro.IntroductionFailure;
import app.pli.identity.intro.IntroductionStateException;
import app.pli.identity.intro.IntroductionSummary;
import app.pli.identity.intro.Introductions;
import app.pli.identity.intro.InvitationExpiredException;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.delivery.RelayLinks;
import app.pli.messenger.intro.lan.LanInvitationServers;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Waits for one introduction to reach the point where codes are compared, by syncing in
 * rounds (a pause between them) over relay connections kept open for the whole wait. An
 * invitation with a LAN endpoint is served from the wait on (unless another process of the
 * profile, the daemon, serves it already). The wait ends at the deadline, overrun by
 * at most one relay timeout.
 */
public final class CodeWait {
    private final Introductions introductions;
    private final ContactViews views;
    private final IntroductionSync sync;
    private final LanInvitationServers lanEndpoints;
    private final Duration relayTimeout;
    private final Duration pause;

    /**
     * @param lanEndpoints serves a LAN invitation's endpoint from the first wait on; its owner
     *     keeps it open past the wait (the invitee may still be receiving the answer) and closes it
     */
    public CodeWait(Introductions introductions, ContactViews views, IntroductionSync sync,
            LanInvitationServers lanEndpoints, Duration relayTimeout, Duration pause) {
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.lanEndpoints = Objects.requireNonNull(lanEndpoints, "lanEndpoints");
        this.views = Objects.requireNonNull(views, "views");
        this.sync = Objects.requireNonNull(sync, "sync");
        this.relayTimeout = Objects.requireNonNull(relayTimeout, "relayTimeout");
        this.pause = Objects.requireNonNull(pause, "pause");
    }

    /**
     * The contact of introduction {@code introductionId} once it has a code to compare (or
     * is already past comparing), or empty at the deadline.
     *
     * @throws InvitationExpiredException if the introduction expired
     * @throws IntroductionStateException if it was aborted or failed
     */
    public Optional<ContactInfo> await(long introductionId, Duration timeout) throws PliException {
        long deadline = System.nanoTime() + Math.max(0, timeout.toNanos());
        try (RelayLinks links = new RelayLinks(relayTimeout)) {
            while (true) {
                // A port already bound is the daemon serving this invitation: nothing to report.
                lanEndpoints.serve(OptionalLong.of(introductionId));
                Optional<ContactInfo> ready = codeReady(introductionId);
                if (ready.isPresent() || System.nanoTime() - deadline >= 0) {
                    return ready;
                }
                links.retryUnreachable();
                sync.run(links);
                ready = codeReady(introductionId);
                long left = deadline - System.nanoTime();
                if (ready.isPresent() || left <= 0) {
                    return ready;
                }
                if (!sleep(Math.min(left, pause.toNanos()))) {
                    return ready;
                }
            }
        }
    }

    private Optional<ContactInfo> codeReady(long introductionId) throws PliException {
        IntroductionSummary summary = introductions.status(introductionId);
        switch (summary.state()) {
            case EXPIRED:
                throw new InvitationExpiredException("the introduction expired before the other side answered");
            case ABORTED:
                throw new IntroductionStateException("the introduction was aborted after three wrong codes");
            case FAILED:
                throw new IntroductionStateException("the introduction failed: " + summary.failure()
                        .map(IntroductionFailure::reason).orElse("it can no longer complete"));
            case INVITED:
            case ACCEPTED:
                return Optional.empty();
            default:
                if (summary.contactId().isEmpty()) {
                    return Optional.empty();
                }
                return views.find(summary.contactId().getAsLong(), introductionId);
        }
    }

    /** Sleeps; false if interrupted (the flag is kept for the caller). */
    private static boolean sleep(long nanos) {
        try {
            Thread.sleep(Duration.ofNanos(nanos).toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
