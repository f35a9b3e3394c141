package app.pli.identity.invite;

import app.pli.core.crypto.KdfLabel;
import app.pli.core.crypto.Sha256;
import app.pli.identity.route.LanRoute;
import app.pli.identity.route.RelayRoute;
import app.pli.identity.route.Route;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;

/**
 * The text form of an {@link Invitation}: {@code "PLI1"} followed by RFC 4648 base32 (upper
 * case, no padding) of {@code body || checksum}. Upper-case base32 fits the QR alphanumeric
 * mode, so the same token makes a small QR code.
 *
 * <p>Body, all integers big-endian:
 * <pre>
 *   u8  version (1)
 *   u64 expiry, seconds since the epoch (0 .. Instant.MAX)
 *   u8  route kind: 1 relay, 2 LAN
 *       relay: u16 n, n bytes UTF-8 relay address; u16 16, 16 bytes deposit id
 *       LAN:   u16 n, n bytes UTF-8 host;          u16 2, u16 port
 *   32 bytes one-time secret S
 *   32 bytes commitment C_A
 * </pre>
 * checksum = the first 4 bytes of SHA-256("pli/v1/intro/code-checksum" || body).
 *
 * <p>The code is unauthenticated input, so {@link #decode} parses it with a hand-written
 * {@link BoundedReader}: every length is checked against what remains, trailing bytes are
 * refused, and any failure is {@link InvalidInvitationException} with a one-line message.
 */
public final class InvitationCodec {
    /** What every token starts with, before the version digit. */
    public static final String PREFIX = "PLI";
    /** Longest text {@link #decode} looks at; real codes are far shorter. */
    public static final int MAX_CODE_CHARS = 8192;

    static final int CHECKSUM_BYTES = 4;
    static final int KIND_RELAY = 1;
    static final int KIND_LAN = 2;

    private static final KdfLabel CHECKSUM_LABEL = KdfLabel.of("pli/v1/intro/code-checksum");
    /** A Java char is at most 3 bytes of UTF-8 (a surrogate pair, 2 chars, is 4 bytes). */
    private static final int MAX_UTF8_BYTES_PER_CHAR = 3;
    private static final int PORT_BYTES = 2;
    private static final int HEADER_CHARS = PREFIX.length() + 1;

    private InvitationCodec() {}

    /**
     * The token for {@code invitation}. The expiry is written in whole seconds (a fraction
     * is dropped, which only makes the invitation expire sooner).
     *
     * @throws IllegalArgumentException if the version is not {@link Invitation#CURRENT_VERSION},
     *     the expiry is before the epoch, or a route string is not valid Unicode
     */
    public static String encode(Invitation invitation) {
        Objects.requireNonNull(invitation, "invitation");
        if (invitation.version() != Invitation.CURRENT_VERSION) {
            throw new IllegalArgumentException("can only encode invitation version " + Invitation.CURRENT_VERSION);
        }
        return token(body(invitation));
    }

    /**
     * The invitation in {@code code}, which may be surrounded by (or broken by) whitespace
     * and may be in lower case. Expiry is not checked here: see {@link Invitation#expiredAt}.
     *
     * @throws InvalidInvitationException "malformed invitation code" for a mistyped, truncated
     *     or altered code, "unsupported invitation version N (this Pli knows 1)" for a code
     *     from another version
     */
    public static Invitation decode(String code) throws InvalidInvitationException {
        Objects.requireNonNull(code, "code");
        if (code.length() > MAX_CODE_CHARS) {
            throw InvalidInvitationException.malformed();
        }
        String token = normalize(code);
        if (token.length() < HEADER_CHARS || !token.startsWith(PREFIX)) {
            throw InvalidInvitationException.malformed();
        }
        char versionDigit = token.charAt(PREFIX.length());
        if (versionDigit < '0' || versionDigit > '9') {
            throw InvalidInvitationException.malformed();
        }
        if (versionDigit - '0' != Invitation.CURRENT_VERSION) {
            throw InvalidInvitationException.unsupportedVersion(versionDigit - '0');
        }
        byte[] all = Base32.decode(token.substring(HEADER_CHARS)).orElseThrow(InvalidInvitationException::malformed);
        if (all.length <= CHECKSUM_BYTES) {
            throw InvalidInvitationException.malformed();
        }
        byte[] body = Arrays.copyOf(all, all.length - CHECKSUM_BYTES);
        if (!Arrays.equals(checksum(body), Arrays.copyOfRange(all, body.length, all.length))) {
            throw InvalidInvitationException.malformed();
        }
        return parse(body);
    }

    /** The binary body of {@code invitation}, as laid out in the class comment. */
    static byte[] body(Invitation invitation) {
        long expiry = invitation.expires().getEpochSecond();
        if (expiry < 0) {
            throw new IllegalArgumentException("invitation expiry must not be before the epoch");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(invitation.version());
        out.writeBytes(ByteBuffer.allocate(Long.BYTES).putLong(expiry).array());
        writeRoute(out, invitation.introRoute());
        out.writeBytes(invitation.secret());
        out.writeBytes(invitation.commitment());
        return out.toByteArray();
    }

    /** {@code "PLI" + version digit + base32(body || checksum)} for a body whose first byte is its version. */
    static String token(byte[] body) {
        byte[] all = Arrays.copyOf(body, body.length + CHECKSUM_BYTES);
        System.arraycopy(checksum(body), 0, all, body.length, CHECKSUM_BYTES);
        return PREFIX + Invitation.CURRENT_VERSION + Base32.encode(all);
    }

    static byte[] checksum(byte[] body) {
        return Arrays.copyOf(Sha256.hash(CHECKSUM_LABEL.bytes(), body), CHECKSUM_BYTES);
    }

    private static Invitation parse(byte[] body) throws InvalidInvitationException {
        BoundedReader in = new BoundedReader(body);
        int version = in.u8();
        if (version != Invitation.CURRENT_VERSION) {
            throw InvalidInvitationException.unsupportedVersion(version);
        }
        long expiry = in.u64();
        if (expiry < 0 || expiry > Instant.MAX.getEpochSecond()) {
            throw InvalidInvitationException.malformed();
        }
        Route route = readRoute(in);
        byte[] secret = in.bytes(Invitation.SECRET_BYTES);
        byte[] commitment = in.bytes(Invitation.COMMITMENT_BYTES);
        in.requireEnd();
        return new Invitation(version, Instant.ofEpochSecond(expiry), route, secret, commitment);
    }

    private static void writeRoute(ByteArrayOutputStream out, Route route) {
        if (route instanceof RelayRoute relay) {
            out.write(KIND_RELAY);
            writePrefixed(out, strictUtf8(relay.relayAddress()));
            writePrefixed(out, relay.depositId());
        } else if (route instanceof LanRoute lan) {
            out.write(KIND_LAN);
            writePrefixed(out, strictUtf8(lan.host()));
            writePrefixed(out, new byte[] {(byte) (lan.port() >>> 8), (byte) lan.port()});
        } else {
            throw new IllegalArgumentException("an invitation names a relay mailbox or a LAN endpoint");
        }
    }

    private static Route readRoute(BoundedReader in) throws InvalidInvitationException {
        int kind = in.u8();
        try {
            return switch (kind) {
                case KIND_RELAY -> new RelayRoute(
                        in.prefixedUtf8(RelayRoute.MAX_ADDRESS_CHARS * MAX_UTF8_BYTES_PER_CHAR),
                        in.prefixedBytes(RelayRoute.DEPOSIT_ID_BYTES));
                case KIND_LAN -> new LanRoute(
                        in.prefixedUtf8(LanRoute.MAX_HOST_CHARS * MAX_UTF8_BYTES_PER_CHAR),
                        new BoundedReader(in.prefixedBytes(PORT_BYTES)).u16());
                default -> throw InvalidInvitationException.malformed();
            };
        } catch (IllegalArgumentException e) {
            // A route field out of its range (an empty host, port 0, an overlong address).
            throw InvalidInvitationException.malformed();
        }
    }

    private static void writePrefixed(ByteArrayOutputStream out, byte[] field) {
        out.write(field.length >>> 8);
        out.write(field.length);
        out.writeBytes(field);
    }

    private static byte[] strictUtf8(String text) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("route text is not valid Unicode", e);
        }
    }

    /** The code without whitespace, ASCII letters upper-cased (nothing else is touched). */
    private static String normalize(String code) {
        StringBuilder token = new StringBuilder(code.length());
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (Character.isWhitespace(c)) {
                continue;
            }
            token.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
        }
        return token.toString();
    }
}
