package app.pli.transport.relay.client;

import app.pli.core.error.PliException;
import app.pli.transport.relay.wire.RelayErrorCode;
import java.util.Optional;

/**
 * A relay request failed: the relay refused it (then {@link #code()} says why) or the
 * client was closed before an answer came. The message is one printable line.
 */
public class RelayException extends PliException {
    private static final long serialVersionUID = 1L;

    private final RelayErrorCode code;

    public RelayException(RelayErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public RelayException(String message) {
        super(message);
        this.code = null;
    }

    /** Why the relay refused the request; empty when the failure was on the client side. */
    public Optional<RelayErrorCode> code() {
        return Optional.ofNullable(code);
    }
}
