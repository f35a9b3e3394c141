package app.pli.transport.relay.wire;

import app.pli.core.crypto.CryptoRandom;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A random 16-byte identifier of the relay protocol: a {@link FetchId}, a {@link DepositId}
 * or a {@link BlockId}. Ids of different kinds never compare equal, even with equal bytes.
 *
 * <p>Invariants: immutable, always {@link RelayConstants#ID_BYTES} long; {@code toString}
 * shows the kind and a 4-byte prefix only, because a whole fetch or deposit id is a
 * capability-like handle that logs should not collect.
 */
public abstract sealed class RelayId permits FetchId, DepositId, BlockId {
    private static final int PRINTED_BYTES = 4;

    private final byte[] bytes;

    RelayId(byte[] bytes) {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length != RelayConstants.ID_BYTES) {
            throw new IllegalArgumentException(getClass().getSimpleName() + " must be "
                    + RelayConstants.ID_BYTES + " bytes, got " + bytes.length);
        }
        this.bytes = bytes.clone();
    }

    static byte[] randomBytes() {
        return CryptoRandom.bytes(RelayConstants.ID_BYTES);
    }

    /** A copy of the 16 bytes. */
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public final boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && Arrays.equals(bytes, ((RelayId) o).bytes);
    }

    @Override
    public final int hashCode() {
        return Arrays.hashCode(bytes);
    }

    @Override
    public final String toString() {
        return getClass().getSimpleName() + "[" + HexFormat.of().formatHex(bytes, 0, PRINTED_BYTES) + "…]";
    }
}
