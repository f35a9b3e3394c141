package app.pli.messenger.envelope;

import java.util.Objects;

/**
 * A signed version of a group's state (identity's {@code GroupVersionCodec} bytes), sent by
 * its author to every member of the version before and after it. The version speaks for
 * itself: it is checked against the chain the receiver holds, whoever carried it.
 */
public record GroupStatePayload(byte[] version) implements Payload {
    public GroupStatePayload {
        Objects.requireNonNull(version, "version");
        version = version.clone();
    }

    @Override
    public byte[] version() {
        return version.clone();
    }

    @Override
    public String toString() {
        return "GroupStatePayload[" + version.length + " bytes]";
    }
}
