package app.pli.identity.invite;

import app.pli.identity.route.LanRoute;
import app.pli.identity.route.RelayRoute;
import app.pli.identity.route.Route;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Invitations for tests: fixed examples, random ones, and raw bodies with a valid checksum. */
final class Invitations {
    /** A realistic relay address: host, port and a base32 relay key. */
    static final String RELAY_ADDRESS = "pli-relay://relay.example.org:7443/"
            + "MZXW6YTBOI4DQMRSGQ2TMNZYHEYDCMRTGQ2TMNZYHEYDCMRTGQ2A";

    private Invitations() {}

    static Invitation relay(long seed) {
        Random random = new Random(seed);
        return new Invitation(1, Instant.ofEpochSecond(1_900_000_000L + seed),
                new RelayRoute(RELAY_ADDRESS, bytes(random, 16)), bytes(random, 32), bytes(random, 32));
    }

    static Invitation lan(long seed) {
        Random random = new Random(seed);
        return new Invitation(1, Instant.ofEpochSecond(1_900_000_000L + seed),
                new LanRoute("192.168.1." + (seed & 0xFF), 40_000 + (int) (seed & 0xFFF)),
                bytes(random, 32), bytes(random, 32));
    }

    /** The token of a body whose checksum is valid, for crafting codes a typo could not make. */
    static String tokenOf(byte[] body) {
        return InvitationCodec.token(body);
    }

    static byte[] bodyOf(Invitation invitation) {
        return InvitationCodec.body(invitation);
    }

    static Arbitrary<Invitation> any() {
        Arbitrary<Instant> expiry = Arbitraries.longs().between(0, 253_402_300_799L).map(Instant::ofEpochSecond);
        Arbitrary<byte[]> key = Arbitraries.bytes().array(byte[].class).ofSize(32);
        return Combinators.combine(expiry, routes(), key, key).as((e, r, s, c) -> new Invitation(1, e, r, s, c));
    }

    static Arbitrary<Route> routes() {
        net.jqwik.api.arbitraries.StringArbitrary text = Arbitraries.strings().withCharRange(' ', '~').withCharRange('\u00a0', '\ud7ff');
        Arbitrary<Route> relay = Combinators.combine(
                text.ofMinLength(1).ofMaxLength(RelayRoute.MAX_ADDRESS_CHARS),
                Arbitraries.bytes().array(byte[].class).ofSize(16)).as(RelayRoute::new);
        Arbitrary<Route> lan = Combinators.combine(
                text.ofMinLength(1).ofMaxLength(LanRoute.MAX_HOST_CHARS),
                Arbitraries.integers().between(1, 65535)).as(LanRoute::new);
        return Arbitraries.oneOf(relay, lan);
    }

    private static byte[] bytes(Random random, int length) {
        byte[] out = new byte[length];
        random.nextBytes(out);
        return out;
    }

    /** {@code body} with {@code replacement} spliced over {@code from..to}. */
    static byte[] splice(byte[] body, int from, int to, byte... replacement) {
        byte[] out = new byte[body.length - (to - from) + replacement.length];
        System.arraycopy(body, 0, out, 0, from);
        System.arraycopy(replacement, 0, out, from, replacement.length);
        System.arraycopy(body, to, out, from + replacement.length, body.length - to);
        return out;
    }

    static byte[] withLastByte(byte[] body, int value) {
        byte[] out = Arrays.copyOf(body, body.length + 1);
        out[body.length] = (byte) value;
        return out;
    }
}
