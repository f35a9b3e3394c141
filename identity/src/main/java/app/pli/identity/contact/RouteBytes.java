package app.pli.identity.contact;

import app.pli.identity.route.DiscoveryRoute;
import app.pli.identity.route.LanRoute;
import app.pli.identity.route.RelayRoute;
import app.pli.identity.route.Route;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The one canonical byte form of a {@link Route}: what introduction messages carry, what
 * transcripts hash and signatures cover, and what the stores seal.
 *
 * <pre>
 * relay route = 0x01 || u16 n || n bytes UTF-8 relay address || 16-byte deposit id
 * LAN route   = 0x02 || u16 n || n bytes UTF-8 host || u16 port
 * discovery   = 0x03 || u16 0
 * </pre>
 * All integers are big-endian. Invariant: {@code decode(encode(r)).equals(r)}, and
 * {@link #decode} accepts nothing but such an encoding (strict UTF-8, no trailing bytes),
 * so equal routes always have equal bytes.
 */
public final class RouteBytes {
    /** The longest encoding: a relay address of maximal length, every char taking 3 UTF-8 bytes. */
    public static final int MAX_BYTES = 1 + 2 + 3 * RelayRoute.MAX_ADDRESS_CHARS + RelayRoute.DEPOSIT_ID_BYTES;

    private static final byte RELAY = 1;
    private static final byte LAN = 2;
    private static final byte DISCOVERY = 3;

    private RouteBytes() {}

    /**
     * The encoding of {@code route}.
     *
     * @throws IllegalArgumentException if the route's text holds an unpaired surrogate
     */
    public static byte[] encode(Route route) {
        Objects.requireNonNull(route, "route");
        if (route instanceof RelayRoute relay) {
            byte[] address = utf8(relay.relayAddress());
            return ByteBuffer.allocate(3 + address.length + RelayRoute.DEPOSIT_ID_BYTES)
                    .put(RELAY).putShort((short) address.length).put(address).put(relay.depositId()).array();
        }
        if (route instanceof DiscoveryRoute) {
            return new byte[] {DISCOVERY, 0, 0};
        }
        LanRoute lan = (LanRoute) route;
        byte[] host = utf8(lan.host());
        return ByteBuffer.allocate(5 + host.length)
                .put(LAN).putShort((short) host.length).put(host).putShort((short) lan.port()).array();
    }

    /** The route {@code bytes} encode; refuses anything but exactly one valid encoding. */
    public static Route decode(byte[] bytes) throws MalformedRouteException {
        Objects.requireNonNull(bytes, "bytes");
        if (bytes.length < 3 || bytes.length > MAX_BYTES) {
            throw new MalformedRouteException("route encoding has an impossible length");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        byte kind = in.get();
        int textLength = Short.toUnsignedInt(in.getShort());
        if (kind == DISCOVERY) {
            if (bytes.length != 3 || textLength != 0) {
                throw new MalformedRouteException("route encoding has an unknown kind or a wrong length");
            }
            return DiscoveryRoute.INSTANCE;
        }
        int tail = kind == RELAY ? RelayRoute.DEPOSIT_ID_BYTES : 2;
        if ((kind != RELAY && kind != LAN) || in.remaining() != textLength + tail) {
            throw new MalformedRouteException("route encoding has an unknown kind or a wrong length");
        }
        String text = strictUtf8(Arrays.copyOfRange(bytes, 3, 3 + textLength));
        in.position(3 + textLength);
        try {
            if (kind == RELAY) {
                byte[] depositId = new byte[RelayRoute.DEPOSIT_ID_BYTES];
                in.get(depositId);
                return new RelayRoute(text, depositId);
            }
            return new LanRoute(text, Short.toUnsignedInt(in.getShort()));
        } catch (IllegalArgumentException e) {
            throw new MalformedRouteException("route encoding holds an invalid route");
        }
    }

    private static byte[] utf8(String text) {
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(text));
            return Arrays.copyOf(encoded.array(), encoded.limit());
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException("route text is not valid Unicode", e);
        }
    }

    private static String strictUtf8(byte[] bytes) throws MalformedRouteException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MalformedRouteException("route encoding holds invalid UTF-8");
        }
    }
}
