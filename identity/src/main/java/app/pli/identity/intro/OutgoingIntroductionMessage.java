package app.pli.identity.intro;

import app.pli.identity.route.Route;
import java.util.Arrays;
import java.util.Objects;

/**
 * An introduction message waiting in the outbox: deposit {@code payload} at {@code route},
 * then call {@link Introductions#markSent}. Sending it twice is harmless (the receiver is
 * idempotent). {@code toString} does not show the payload.
 *
 * @param id the outbox row id
 * @param introductionId the introduction that produced it
 */
public record OutgoingIntroductionMessage(long id, long introductionId, Route route, byte[] payload) {
    public OutgoingIntroductionMessage {
        Objects.requireNonNull(route, "route");
        Objects.requireNonNull(payload, "payload");
        payload = payload.clone();
    }

    @Override
    public byte[] payload() {
        return payload.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutgoingIntroductionMessage other && id == other.id
                && introductionId == other.introductionId && route.equals(other.route)
                && Arrays.equals(payload, other.payload);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "OutgoingIntroductionMessage[" + id + ", " + payload.length + " bytes to " + route + "]";
    }
}
