package app.pli.messenger.intro.lan;

import app.pli.core.error.PliException;
import app.pli.identity.intro.IntroductionException;
import app.pli.identity.intro.IntroductionStateException;
import app.pli.identity.intro.Introductions;
import app.pli.identity.intro.OutgoingIntroductionMessage;
import app.pli.transport.lan.link.IntroResponder;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The inviter's side of one introduction over the LAN: hands the invitee's M1 to the
 * introduction and answers with M2. The answer is kept (sealed, in the introduction's
 * row) until the invitation expires, and only then does the M2 leave the outbox, so a
 * repeated M1 (the invitee lost the answer, perhaps because one of the two machines was
 * too slow, and tries again until the expiry) gets the very same answer and M2 never also
 * goes to a relay. A different M1, or any refused one, throws, and the connection closes
 * without an answer.
 *
 * <p>Thread-safe: concurrent attempts on one endpoint are answered one at a time.
 */
final class LanInvitationResponder implements IntroResponder {
    private final long introductionId;
    private final Introductions introductions;
    private final LanIntroductionStore store;

    LanInvitationResponder(long introductionId, Introductions introductions, LanIntroductionStore store) {
        this.introductionId = introductionId;
        this.introductions = Objects.requireNonNull(introductions, "introductions");
        this.store = Objects.requireNonNull(store, "store");
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
        store.put(row.answered(m2.payload()));
        introductions.markSent(m2.id());
        return m2.payload();
    }
}
