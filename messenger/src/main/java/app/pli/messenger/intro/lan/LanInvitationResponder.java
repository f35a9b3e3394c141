package app.pli.messenger.intro.lan;

import app.pli.core.error.PliException;
import app.pli.identity.intro.IntroductionException;
import app.pli.identity.intro.IntroductionStateException;
import app.pli.identity.intro.Introductions;
import app.pli.identity.intro.OutgoingIntroductionMessage;
import app.pli.transport.lan.link.IntroResponder;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The inviter's side of one introduction over the LAN: hands the invitee's M1 to the
 * introduction and answers with M2. The answer is kept (sealed, in the introduction's
 * row) for {@link #ANSWER_KEPT}, and the M2 leaves the outbox in the same step, so a
 * repeated M1 (the invitee lost the answer and tries again) gets the very same answer and
 * M2 never also goes to a relay. A different M1, or any refused one, throws, and the
 * connection closes without an answer.
 *
 * <p>Thread-safe: concurrent attempts on one endpoint are answered one at a time.
 */
final class LanInvitationResponder implements IntroResponder {
    /** How long after the first answer a repeated M1 is still answered (and the secret kept). */
    static final Duration ANSWER_KEPT = Duration.ofHours(1);

    private final long introductionId;
    private final Introductions introductions;
    private final LanIntroductionStore store;
    private final Clock clock;

    LanInvitationResponder(long introductionId, Introductions introductions, LanIntroductionStore store,
            Clock clock) {
        this.introductionId = introductionId;
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public synchronized List<byte[]> respond(List<byte[]> request) throws PliException {
        if (request.size() != 1) {
            throw new IntroductionException("an introduction request is one block");
        }
        introductions.receive(introductionId, request.get(0));
        return List.of(answer());
    }

    private byte[] answer() throws PliException {
        LanIntroduction row = store.find(introductionId).orElseThrow(
                () -> new IntroductionStateException("this LAN invitation is no longer served"));
        Optional<byte[]> kept = row.reply();
        if (kept.isPresent()) {
            return kept.get();
        }
        OutgoingIntroductionMessage m2 = introductions.pendingOutbox().stream()
                .filter(message -> message.introductionId() == introductionId)
                .findFirst()
                .orElseThrow(() -> new IntroductionStateException("this introduction has no answer to give"));
        // Kept before the outbox forgets it: a crash in between leaves both, never neither.
        store.put(row.answered(m2.payload(), clock.instant().plus(ANSWER_KEPT)));
        introductions.markSent(m2.id());
        return m2.payload();
    }
}
