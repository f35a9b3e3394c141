package app.pli.tests.arch;

import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.cli.archfixture.CliThing;
import app.pli.core.archfixture.CoreThing;
import app.pli.identity.archfixture.IdentityThing;
import app.pli.messenger.archfixture.MessengerThing;
import app.pli.transport.archfixture.TransportReachingIdentity;
import app.pli.transport.archfixture.TransportThing;
import app.pli.transport.noise.archfixture.NoiseThing;
import app.pli.transport.relay.server.archfixture.ServerThing;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/** Proves each rule fails on a class that breaks it, so a green architecture test means something. */
class ArchitectureRulesBiteTest {
    private static final JavaClasses FIXTURES = new ClassFileImporter().importClasses(
            IdentityThing.class, TransportThing.class, ServerThing.class, CliThing.class,
            CoreThing.class, MessengerThing.class, TransportReachingIdentity.class, NoiseThing.class);

    private static void assertViolated(ArchRule rule) {
        assertTrue(rule.evaluate(FIXTURES).hasViolation(), "rule did not catch its fixture: " + rule.getDescription());
    }

    @Test
    void bouncyCastleOutsideCoreCryptoIsCaught() {
        assertViolated(PliArchitectureRules.BOUNCY_CASTLE_ONLY_IN_CORE_CRYPTO);
    }

    @Test
    void kryoOutsideCoreCodecIsCaught() {
        assertViolated(PliArchitectureRules.KRYO_ONLY_IN_CORE_CODEC);
    }

    @Test
    void identityReachingTransportIsCaught() {
        assertViolated(PliArchitectureRules.IDENTITY_DOES_NOT_KNOW_TRANSPORT);
    }

    @Test
    void transportReachingIdentityIsCaught() {
        assertViolated(PliArchitectureRules.TRANSPORT_DOES_NOT_KNOW_IDENTITY);
    }

    @Test
    void relayFoundationsReachingWiderTransportIsCaught() {
        assertViolated(PliArchitectureRules.RELAY_WIRE_AND_NOISE_KNOW_ONLY_CORE);
    }

    @Test
    void relayServerNamingAnIdentityIsCaught() {
        assertViolated(PliArchitectureRules.RELAY_SERVER_KNOWS_ONLY_CORE);
    }

    @Test
    void cliReachingBelowTheMessengerApiIsCaught() {
        assertViolated(PliArchitectureRules.CLI_USES_ONLY_MESSENGER_API);
    }

    @Test
    void coreReachingUpIsCaught() {
        assertViolated(PliArchitectureRules.CORE_DEPENDS_ON_NO_OTHER_MODULE);
    }

    @Test
    void messengerReachingTheCliIsCaught() {
        assertViolated(PliArchitectureRules.MESSENGER_DOES_NOT_KNOW_CLI);
    }
}
