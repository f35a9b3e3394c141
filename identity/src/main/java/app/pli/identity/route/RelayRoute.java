package app.pli.identity.route;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A mailbox on a blind relay: the relay's address token ({@code pli-relay://HOST:PORT/KEY})
 * and the mailbox's deposit id.
 *
 * <p>Invariant: the deposit id is {@value #DEPOSIT_ID_BYTES} bytes; the token is non-empty
 * and at most {@value #MAX_ADDRESS_CHARS} characters (it is not parsed here).
 */
public record RelayRoute(String relayAddress, byte[] depositId) implements Route {
    public static final int DEPOSIT_ID_BYTES = 16;
    public static final int MAX_ADDRESS_CHARS = 400;

    public RelayRoute {
        Objects.requireNonNull(relayAddress, "relayAddress");
        if (relayAddress.isEmpty() || relayAddress.length() > MAX_ADDRESS_CHARS) {
            throw new IllegalArgumentException("relay address must have 1.." + MAX_ADDRESS_CHARS + " characters");
        }
        if (depositId == null || depositId.length != DEPOSIT_ID_BYTES) {
            throw new IllegalArgumentException("deposit id must be " + DEPOSIT_ID_BYTES + " bytes");
        }
        depositId = depositId.clone();
    }

    @Override
    public byte[] depositId() {
        return depositId.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RelayRoute other
                && relayAddress.equals(other.relayAddress)
                && Arrays.equals(depositId, other.depositId);
    }

    @Override
    public int hashCode() {
        return 31 * relayAddress.hashCode() + Arrays.hashCode(depositId);
    }

    @Override
    public String toString() {
        return "RelayRoute[" + relayAddress + ", " + HexFormat.of().formatHex(depositId, 0, 4) + "...]";
    }
}
