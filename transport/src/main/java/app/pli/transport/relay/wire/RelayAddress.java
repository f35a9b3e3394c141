package app.pli.transport.relay.wire;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.X25519PublicKey;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where a relay listens and which static key authenticates it, as one copy-pasteable token
 * {@code pli-relay://HOST:PORT/KEY}: HOST a DNS name, an IPv4 address or a bracketed IPv6
 * address; PORT 1 to 65535; KEY the relay's X25519 static public key in base64url without
 * padding (43 characters).
 *
 * <p>Invariants: {@link #parse(String)} accepts exactly the strings {@link #format()}
 * produces (canonical form), so two equal tokens denote equal addresses.
 */
public record RelayAddress(String host, int port, X25519PublicKey relayKey) {
    private static final Pattern HOST_NAME = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
    private static final Pattern PORT = Pattern.compile("[1-9][0-9]{0,4}");
    private static final int KEY_CHARS = 43;
    private static final String SHAPE = "expected " + RelayConstants.ADDRESS_SCHEME + "HOST:PORT/KEY";

    public RelayAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(relayKey, "relayKey");
        if (!validHost(host)) {
            throw new IllegalArgumentException("not a valid relay host: " + host);
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("relay port must be 1..65535, got " + port);
        }
    }

    /**
     * Reads a token such as {@code pli-relay://127.0.0.1:7337/3q2-7w...}.
     *
     * @throws RelayAddressException if any part is missing or malformed
     */
    public static RelayAddress parse(String token) throws RelayAddressException {
        Objects.requireNonNull(token, "token");
        String t = token.strip();
        if (!t.startsWith(RelayConstants.ADDRESS_SCHEME)) {
            throw new RelayAddressException("not a relay address: " + SHAPE);
        }
        String rest = t.substring(RelayConstants.ADDRESS_SCHEME.length());
        int slash = rest.lastIndexOf('/');
        if (slash < 0) {
            throw new RelayAddressException("relay address lacks the /KEY part: " + SHAPE);
        }
        String authority = rest.substring(0, slash);
        int colon = authority.lastIndexOf(':');
        if (colon < 0 || (authority.startsWith("[") && colon < authority.indexOf(']'))) {
            throw new RelayAddressException("relay address lacks the :PORT part: " + SHAPE);
        }
        String host = parseHost(authority.substring(0, colon));
        int port = parsePort(authority.substring(colon + 1));
        return new RelayAddress(host, port, parseKey(rest.substring(slash + 1)));
    }

    /** The canonical token, the first line {@code pli relay serve} prints. */
    public String format() {
        String h = host.indexOf(':') >= 0 ? "[" + host + "]" : host;
        return RelayConstants.ADDRESS_SCHEME + h + ":" + port + "/"
                + Base64.getUrlEncoder().withoutPadding().encodeToString(relayKey.bytes());
    }

    @Override
    public String toString() {
        return format();
    }

    private static String parseHost(String text) throws RelayAddressException {
        String host = text.startsWith("[") && text.endsWith("]") ? text.substring(1, text.length() - 1) : text;
        boolean bracketed = host.length() != text.length();
        boolean ok = bracketed ? IPV6.matcher(host).matches() && host.indexOf(':') >= 0
                : HOST_NAME.matcher(host).matches();
        if (!ok) {
            throw new RelayAddressException("relay address has a malformed host"
                    + " (a DNS name, an IPv4 address or an IPv6 address in brackets): " + SHAPE);
        }
        return host;
    }

    private static int parsePort(String text) throws RelayAddressException {
        if (!PORT.matcher(text).matches() || Integer.parseInt(text) > 65535) {
            throw new RelayAddressException("relay address has a malformed port (1 to 65535): " + SHAPE);
        }
        return Integer.parseInt(text);
    }

    private static X25519PublicKey parseKey(String text) throws RelayAddressException {
        String keyProblem = "relay address has a malformed key (43 base64url characters, no padding): " + SHAPE;
        if (text.length() != KEY_CHARS) {
            throw new RelayAddressException(keyProblem);
        }
        try {
            byte[] raw = Base64.getUrlDecoder().decode(text);
            String canonical = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
            if (!canonical.equals(text)) {
                throw new RelayAddressException(keyProblem);
            }
            return X25519PublicKey.of(raw);
        } catch (IllegalArgumentException | CryptoException e) {
            throw new RelayAddressException(keyProblem);
        }
    }

    private static boolean validHost(String host) {
        return host.indexOf(':') >= 0 ? IPV6.matcher(host).matches() : HOST_NAME.matcher(host).matches();
    }
}
