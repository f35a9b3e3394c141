package app.pli.core.error;

/**
 * Base of every error Pli reports to a person.
 *
 * <p>Invariant: the message is one clear line that is safe to print and to log; it never
 * holds a secret, a key, a passphrase or message plaintext. The command line prints it
 * without a stack trace and exits 1.
 */
public class PliException extends Exception {
    private static final long serialVersionUID = 1L;

    public PliException(String message) {
        super(message);
    }

    public PliException(String message, Throwable cause) {
        super(message, cause);
    }
}
