package app.pli.core.codec;

/**
 * Raised inside the serializers when a value breaks a codec rule; {@link SafeCodec} turns
 * it into a {@link DecodeException} or an {@link EncodeException}. Its message is a fixed
 * phrase that never quotes input bytes, and it records no stack trace (it is expected on
 * every malformed frame, and only its message is ever shown).
 */
final class CodecViolation extends RuntimeException {
    private static final long serialVersionUID = 1L;

    CodecViolation(String message) {
        super(message, null, false, false);
    }
}
