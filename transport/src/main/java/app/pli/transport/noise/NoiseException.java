package app.pli.transport.noise;

import app.pli.core.error.PliException;

/**
 * A Noise handshake or transport message was refused: it failed authentication, was too
 * short or too long, or arrived when the session expected the other party to speak.
 *
 * <p>Invariant: the message names the failure and never holds key material or plaintext.
 * After this exception the session that threw it is unusable and the connection must close.
 */
public class NoiseException extends PliException {
    private static final long serialVersionUID = 1L;

    public NoiseException(String message) {
        super(message);
    }

    public NoiseException(String message, Throwable cause) {
        super(message, cause);
    }
}
