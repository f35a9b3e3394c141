package app.pli.core.codec;

/**
 * A message {@link SafeCodec} cannot encode: its type is not registered, its encoding
 * exceeds the frame limit, it nests deeper than the depth limit, or it holds a string that
 * is not valid Unicode. Unchecked, because the caller chose the message; a caller that
 * forwards user content checks sizes first or catches this.
 */
public final class EncodeException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public EncodeException(String message) {
        super(message);
    }
}
