package app.pli.identity.invite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever text arrives, decoding returns an invitation or throws
 * {@link InvalidInvitationException}: never another exception, a hang or a large allocation.
 * Random bodies get a valid checksum so that the bounded reader itself is exercised.
 */
class InvitationDecodeFuzzTest {
    @Provide
    Arbitrary<byte[]> bodies() {
        Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(400);
        Arbitrary<byte[]> mutated = Arbitraries.integers().between(0, 1_000).flatMap(seed -> {
            byte[] body = Invitations.bodyOf(seed % 2 == 0 ? Invitations.relay(seed) : Invitations.lan(seed));
            return Arbitraries.integers().between(0, body.length - 1).tuple2().map(at -> {
                byte[] copy = body.clone();
                copy[at.get1()] ^= (byte) (1 + at.get2() % 255);
                return copy;
            });
        });
        return Arbitraries.oneOf(random, mutated.map(b -> {
            b[0] = 1; // keep the version so parsing goes past it
            return b;
        }));
    }

    @Property(tries = 2000)
    void randomBodiesWithValidChecksums(@ForAll("bodies") byte[] body) {
        decodesOrRejects(Invitations.tokenOf(body));
    }

    @Property(tries = 1000)
    void randomText(@ForAll String text) {
        decodesOrRejects(text);
        decodesOrRejects("PLI1" + text);
    }

    private static void decodesOrRejects(String code) {
        try {
            Invitation invitation = InvitationCodec.decode(code);
            assertEquals(invitation, InvitationCodec.decode(InvitationCodec.encode(invitation)));
        } catch (InvalidInvitationException e) {
            assertEquals(1, e.getMessage().lines().count());
        }
    }
}
