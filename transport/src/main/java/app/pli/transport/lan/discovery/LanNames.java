package app.pli.transport.lan.discovery;

import app.pli.core.crypto.ConstantTime;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.HmacSha256;
import app.pli.core.crypto.KdfLabel;
import app.pli.core.crypto.X25519PublicKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Objects;

/**
 * The rotating mDNS names of a node, derived from its X25519 public key and the epoch hour
 * ({@code epochSecond / 3600}).
 *
 * <p>{@code instanceName = base32(HMAC-SHA256(key = publicKey, msg = "pli/v1/lan/name" || u64be(hour))[0..10))},
 * lowercase without padding: 16 characters of {@code [a-z2-7]}. The host name is
 * {@code "p" + base32(HMAC(publicKey, "pli/v1/lan/host" || u64be(hour))[0..10)) + ".local."}.
 * Nothing else enters a name, so it holds nothing of the display name and nothing that is
 * stable across hours; only someone who knows the public key can recognize it.
 */
public final class LanNames {
    private static final char[] BASE32 = "abcdefghijklmnopqrstuvwxyz234567".toCharArray();
    private static final byte[] NAME_LABEL = KdfLabel.of(LanConstants.LABEL_INSTANCE_NAME).bytes();
    private static final byte[] HOST_LABEL = KdfLabel.of(LanConstants.LABEL_HOST_NAME).bytes();

    private LanNames() {}

    /** The epoch hour the clock reads now. */
    public static long hourOf(Clock clock) {
        return Math.floorDiv(clock.instant().getEpochSecond(), LanConstants.SECONDS_PER_HOUR);
    }

    /** The mDNS instance name of {@code key} during {@code hour}. */
    public static String instanceName(X25519PublicKey key, long hour) {
        return derive(key, NAME_LABEL, hour);
    }

    /** The mDNS host name ({@code p<16 chars>.local.}) of {@code key} during {@code hour}. */
    public static String hostName(X25519PublicKey key, long hour) {
        return LanConstants.HOST_PREFIX + derive(key, HOST_LABEL, hour) + LanConstants.HOST_DOMAIN;
    }

    /**
     * Whether {@code instanceName} is the name of {@code key} in {@code hour - 1}, {@code hour}
     * or {@code hour + 1}. All three candidates are compared in constant time, without an
     * early exit; only the candidate's length may influence the running time.
     */
    public static boolean matches(String instanceName, X25519PublicKey key, long hour) {
        Objects.requireNonNull(key, "key");
        if (instanceName == null || instanceName.length() > LanConstants.MAX_INSTANCE_NAME_CHARS) {
            return false;
        }
        byte[] candidate = instanceName.getBytes(StandardCharsets.UTF_8);
        boolean found = false;
        for (long h = hour - LanConstants.HOUR_TOLERANCE; h <= hour + LanConstants.HOUR_TOLERANCE; h++) {
            byte[] expected = instanceName(key, h).getBytes(StandardCharsets.US_ASCII);
            found |= ConstantTime.equals(expected, candidate);
        }
        return found;
    }

    /**
     * A fresh random host name of the same shape as {@link #hostName}, for a JmDNS instance
     * that announces no service: it must neither be stable nor reveal the machine's name.
     */
    static String randomHostName() {
        return LanConstants.HOST_PREFIX + base32(CryptoRandom.bytes(LanConstants.NAME_BYTES)) + LanConstants.HOST_DOMAIN;
    }

    private static String derive(X25519PublicKey key, byte[] label, long hour) {
        Objects.requireNonNull(key, "key");
        byte[] message = ByteBuffer.allocate(label.length + Long.BYTES).put(label).putLong(hour).array();
        byte[] mac = HmacSha256.mac(key.bytes(), message);
        byte[] kept = new byte[LanConstants.NAME_BYTES];
        System.arraycopy(mac, 0, kept, 0, kept.length);
        return base32(kept);
    }

    /** RFC 4648 base32, lowercase, without padding; 10 bytes give exactly 16 characters. */
    static String base32(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(BASE32[(buffer >>> (bits - 5)) & 0x1f]);
                bits -= 5;
            }
        }
        if (bits > 0) {
            out.append(BASE32[(buffer << (5 - bits)) & 0x1f]);
        }
        return out.toString();
    }
}
