package app.pli.identity.invite;

import app.pli.core.error.PliException;

/**
 * An invitation QR image could not be written (a missing folder, no permission, a full
 * disk). Reading an image that holds no usable code is {@link InvalidInvitationException}.
 *
 * <p>Invariant: the message is one line naming the file, never the code it was to hold.
 */
public final class QrImageException extends PliException {
    private static final long serialVersionUID = 1L;

    public QrImageException(String message, Throwable cause) {
        super(message, cause);
    }
}
