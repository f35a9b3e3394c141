package app.pli.core.codec;

import com.esotericsoftware.kryo.Kryo;
import com.esotericsoftware.kryo.KryoException;
import com.esotericsoftware.kryo.io.Input;
import com.esotericsoftware.kryo.io.KryoBufferOverflowException;
import com.esotericsoftware.kryo.io.Output;
import com.esotericsoftware.kryo.util.Pool;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Encodes registered message records into frames and decodes frames back, bounded so that
 * no input can exhaust memory or the stack: the only class in Pli that uses Kryo.
 *
 * <p><b>Only authenticated bytes may be given to {@link #decode}</b>: a frame from a peer
 * is first decrypted and verified (Noise, AEAD). The bounds below make decoding safe even
 * so, but they are the second line of defence, not the first.
 *
 * <p>Invariants:
 * <ul>
 *   <li>Every message type is a record registered with an explicit id in
 *       [{@value #FIRST_MESSAGE_ID}, {@value #LAST_MESSAGE_ID}]; Kryo registers its
 *       primitives and String at 0–8, and the ids below 100 stay reserved. The frame names
 *       its type only by that id, never by a class name, and nested values carry no type at
 *       all (the schema fixes it), so Kryo never resolves a class from input.</li>
 *   <li>A frame is at most {@code maxFrameBytes} long, checked before Kryo sees it; every
 *       length and count inside is checked against the bytes left before allocating; a
 *       record or list opens one nesting level, and at most {@code maxDepth} are open.</li>
 *   <li>A decoded frame is exactly one message of the expected type, with no trailing
 *       bytes. Whatever the input, {@code decode} returns a value or throws
 *       {@link DecodeException}.</li>
 *   <li>Thread-safe: Kryo instances are not, so each call borrows one from a pool (idle
 *       instances are kept up to a small cap) and returns it afterwards.</li>
 * </ul>
 *
 * <p>The wire format is described in the {@linkplain app.pli.core.codec package summary}.
 */
public final class SafeCodec {
    /** The lowest id a message type may be registered under. */
    public static final int FIRST_MESSAGE_ID = 100;
    /** The highest id a message type may be registered under (a two-byte varint). */
    public static final int LAST_MESSAGE_ID = 16_383;
    /** The largest frame limit a codec may be built with. */
    public static final int MAX_FRAME_BYTES_CEILING = 16 * 1024 * 1024;
    /** The largest depth limit a codec may be built with; deeper would strain small stacks. */
    public static final int MAX_DEPTH_CEILING = 64;

    static {
        // The codec reads and writes through Kryo's safe streams only. Left on, Kryo probes
        // sun.misc.Unsafe as it loads, which JDK 24 and later report on stderr on every run.
        if (System.getProperty("kryo.unsafe") == null) {
            System.setProperty("kryo.unsafe", "false");
        }
    }

    private static final int IDLE_KRYO_INSTANCES = 16;
    private static final int INITIAL_OUTPUT_BYTES = 256;

    private final MessageSchema schema;
    private final int maxFrameBytes;
    private final Pool<Kryo> kryos;

    private SafeCodec(MessageSchema schema, int maxFrameBytes) {
        this.schema = schema;
        this.maxFrameBytes = maxFrameBytes;
        this.kryos = new Pool<>(true, false, IDLE_KRYO_INSTANCES) {
            @Override
            protected Kryo create() {
                return schema.newKryo();
            }
        };
    }

    /** A builder that has no registrations and no limits yet. */
    public static Builder builder() {
        return new Builder();
    }

    /** The longest frame this codec writes or reads. */
    public int maxFrameBytes() {
        return maxFrameBytes;
    }

    /**
     * The frame for {@code message}: its type id, then its components.
     *
     * @throws EncodeException if the type is not registered, the frame would exceed
     *     {@link #maxFrameBytes()}, the message nests too deeply, or a string in it holds an
     *     unpaired surrogate
     */
    public byte[] encode(Object message) {
        Objects.requireNonNull(message, "message");
        Class<?> type = message.getClass();
        Integer id = schema.idOf(type);
        if (id == null) {
            throw new EncodeException(type.getName() + " is not registered with this codec");
        }
        Kryo kryo = kryos.obtain();
        try {
            Output output = new Output(Math.min(INITIAL_OUTPUT_BYTES, maxFrameBytes), maxFrameBytes);
            output.writeVarInt(id, true);
            kryo.writeObject(output, message);
            return output.toBytes();
        } catch (KryoBufferOverflowException e) {
            throw new EncodeException(type.getSimpleName() + " does not fit in a frame of "
                    + maxFrameBytes + " bytes");
        } catch (CodecViolation e) {
            throw new EncodeException(type.getSimpleName() + ": " + e.getMessage());
        } finally {
            kryos.free(kryo);
        }
    }

    /**
     * The message of type {@code expected} that {@code frame} holds. The frame must come
     * from an authenticated channel or envelope.
     *
     * @throws DecodeException if the frame is longer than {@link #maxFrameBytes()}, is not
     *     exactly one valid encoding of an {@code expected}, or nests too deeply
     * @throws IllegalArgumentException if {@code expected} is not registered (a caller bug)
     */
    public <T> T decode(byte[] frame, Class<T> expected) throws DecodeException {
        Objects.requireNonNull(expected, "expected");
        if (schema.idOf(expected) == null) {
            throw new IllegalArgumentException(expected.getName() + " is not registered with this codec");
        }
        return expected.cast(read(frame, expected, true));
    }

    /**
     * The message that {@code frame} holds, of whichever registered type it names, which must
     * be a subtype of {@code family}: for a channel whose frames are of several types. The
     * frame must come from an authenticated channel or envelope.
     *
     * @throws DecodeException as {@link #decode}, and if the named type is not a {@code family}
     */
    public <T> T decodeAny(byte[] frame, Class<T> family) throws DecodeException {
        Objects.requireNonNull(family, "family");
        return family.cast(read(frame, family, false));
    }

    private Object read(byte[] frame, Class<?> expected, boolean exact) throws DecodeException {
        Objects.requireNonNull(frame, "frame");
        if (frame.length > maxFrameBytes) {
            throw new DecodeException("frame of " + frame.length + " bytes exceeds the limit of "
                    + maxFrameBytes);
        }
        Kryo kryo = kryos.obtain();
        try {
            return readMessage(kryo, new Input(frame), expected, exact);
        } catch (CodecViolation e) {
            throw new DecodeException(e.getMessage());
        } catch (KryoException e) {
            // Every codec rule throws CodecViolation, and the depth limit is checked before
            // Kryo's own backstop; what Kryo itself throws here is a read past the end
            // ("Buffer underflow" or "Buffer too small").
            throw new DecodeException("frame is truncated");
        } catch (RuntimeException e) {
            // Any other failure while reading untrusted bytes is still a bad frame; the
            // cause is dropped because its message might quote decoded content.
            throw new DecodeException("frame is malformed (" + e.getClass().getSimpleName() + ")");
        } finally {
            kryos.free(kryo);
        }
    }

    private Object readMessage(Kryo kryo, Input input, Class<?> expected, boolean exact) {
        Class<?> actual = schema.typeOf(input.readVarInt(true));
        if (actual == null) {
            throw new CodecViolation("frame has an unknown message type id");
        }
        if (exact ? actual != expected : !expected.isAssignableFrom(actual)) {
            throw new CodecViolation("frame holds " + actual.getSimpleName() + ", expected "
                    + expected.getSimpleName());
        }
        Object message = kryo.readObject(input, actual);
        if (InputBounds.remaining(input) != 0) {
            throw new CodecViolation("frame has trailing bytes after the message");
        }
        return message;
    }

    /**
     * Collects registrations and limits for a {@link SafeCodec}. Not thread-safe; a codec
     * built from it is independent of later changes.
     */
    public static final class Builder {
        private final Map<Integer, Class<?>> typesById = new LinkedHashMap<>();
        private int maxFrameBytes;
        private int maxDepth;

        private Builder() {}

        /**
         * Registers record {@code type} under {@code id}. Its components may be primitives,
         * boxed primitives, String, byte[], enums, other registered records, or
         * {@code List<T>} of those; this is checked by {@link #build()}.
         *
         * @throws IllegalArgumentException if the id is outside
         *     [{@value SafeCodec#FIRST_MESSAGE_ID}, {@value SafeCodec#LAST_MESSAGE_ID}], the id
         *     or the type is already registered, or the type is not a record
         */
        public Builder register(int id, Class<?> type) {
            Objects.requireNonNull(type, "type");
            if (id < FIRST_MESSAGE_ID || id > LAST_MESSAGE_ID) {
                throw new IllegalArgumentException("message id " + id + " is outside ["
                        + FIRST_MESSAGE_ID + ", " + LAST_MESSAGE_ID + "]");
            }
            if (!type.isRecord()) {
                throw new IllegalArgumentException(type.getName() + " is not a record");
            }
            if (typesById.containsKey(id)) {
                throw new IllegalArgumentException("message id " + id + " is already taken by "
                        + typesById.get(id).getName());
            }
            if (typesById.containsValue(type)) {
                throw new IllegalArgumentException(type.getName() + " is already registered");
            }
            typesById.put(id, type);
            return this;
        }

        /** The longest frame, in [1, {@value SafeCodec#MAX_FRAME_BYTES_CEILING}]. */
        public Builder maxFrameBytes(int bytes) {
            if (bytes < 1 || bytes > MAX_FRAME_BYTES_CEILING) {
                throw new IllegalArgumentException("maxFrameBytes " + bytes + " is outside [1, "
                        + MAX_FRAME_BYTES_CEILING + "]");
            }
            this.maxFrameBytes = bytes;
            return this;
        }

        /**
         * The most records and lists open at once, counting the message itself, in
         * [1, {@value SafeCodec#MAX_DEPTH_CEILING}].
         */
        public Builder maxDepth(int depth) {
            if (depth < 1 || depth > MAX_DEPTH_CEILING) {
                throw new IllegalArgumentException("maxDepth " + depth + " is outside [1, "
                        + MAX_DEPTH_CEILING + "]");
            }
            this.maxDepth = depth;
            return this;
        }

        /**
         * The codec.
         *
         * @throws IllegalStateException if no type is registered or a limit was not set
         * @throws IllegalArgumentException if a record has a component the codec cannot
         *     carry, or refers to a record that is not registered
         */
        public SafeCodec build() {
            if (typesById.isEmpty()) {
                throw new IllegalStateException("register at least one message type");
            }
            if (maxFrameBytes == 0 || maxDepth == 0) {
                throw new IllegalStateException("set both maxFrameBytes and maxDepth");
            }
            return new SafeCodec(new MessageSchema(typesById, maxDepth), maxFrameBytes);
        }
    }
}
