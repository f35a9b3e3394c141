package app.pli.core.codec;

import app.pli.core.error.PliException;

/**
 * A frame that is not a valid encoding of the expected message: truncated, oversized,
 * carrying trailing bytes, an unknown or unexpected type id, a length beyond the frame, or
 * nesting beyond the codec's depth limit.
 *
 * <p>Invariant: the message is a short fixed phrase (with at most sizes, limits and type
 * names); it never quotes the frame's bytes and carries no stack trace of the decoder.
 */
public final class DecodeException extends PliException {
    private static final long serialVersionUID = 1L;

    public DecodeException(String message) {
        super(message);
    }
}
