package app.pli.tests.arch;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.lang.ArchRule;

/**
 * The module rules of DESIGN.md §2 as ArchUnit rules. Each rule names the packages it
 * guards; a rule over a package that has no classes yet passes, and starts to bite as soon
 * as code arrives there.
 */
final class PliArchitectureRules {
    private PliArchitectureRules() {}

    static final ArchRule BOUNCY_CASTLE_ONLY_IN_CORE_CRYPTO = noClasses()
            .that().resideOutsideOfPackage("app.pli.core.crypto..")
            .and().resideInAPackage("app.pli..")
            .should().dependOnClassesThat().resideInAPackage("org.bouncycastle..")
            .because("core.crypto is the only place that touches Bouncy Castle")
            .allowEmptyShould(true);

    static final ArchRule KRYO_ONLY_IN_CORE_CODEC = noClasses()
            .that().resideOutsideOfPackage("app.pli.core.codec..")
            .and().resideInAPackage("app.pli..")
            .should().dependOnClassesThat().resideInAnyPackage("com.esotericsoftware..")
            .because("core.codec is the only place that touches Kryo")
            .allowEmptyShould(true);

    static final ArchRule CORE_DEPENDS_ON_NO_OTHER_MODULE = noClasses()
            .that().resideInAPackage("app.pli.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "app.pli.identity..", "app.pli.transport..", "app.pli.messenger..", "app.pli.cli..")
            .because("core is what every module stands on")
            .allowEmptyShould(true);

    static final ArchRule RELAY_SERVER_KNOWS_ONLY_CORE = classes()
            .that().resideInAPackage("app.pli.transport.relay.server..")
            .should().onlyDependOnClassesThat(not(resideInAPackage("app.pli..")).or(resideInAnyPackage(
                    "app.pli.core..", "app.pli.transport.relay.server..",
                    "app.pli.transport.relay.wire..", "app.pli.transport.noise..")))
            .because("the relay cannot name an identity, a contact or a message")
            .allowEmptyShould(true);

    static final ArchRule RELAY_WIRE_AND_NOISE_KNOW_ONLY_CORE = classes()
            .that().resideInAnyPackage("app.pli.transport.relay.wire..", "app.pli.transport.noise..")
            .should().onlyDependOnClassesThat(not(resideInAPackage("app.pli..")).or(resideInAnyPackage(
                    "app.pli.core..", "app.pli.transport.relay.wire..", "app.pli.transport.noise..")))
            .because("the relay server builds on them, and it may know nothing but core")
            .allowEmptyShould(true);

    static final ArchRule IDENTITY_DOES_NOT_KNOW_TRANSPORT = noClasses()
            .that().resideInAPackage("app.pli.identity..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "app.pli.transport..", "app.pli.messenger..", "app.pli.cli..")
            .because("identity and transport do not know each other; messenger composes them")
            .allowEmptyShould(true);

    static final ArchRule TRANSPORT_DOES_NOT_KNOW_IDENTITY = noClasses()
            .that().resideInAPackage("app.pli.transport..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "app.pli.identity..", "app.pli.messenger..", "app.pli.cli..")
            .because("identity and transport do not know each other; messenger composes them")
            .allowEmptyShould(true);

    static final ArchRule MESSENGER_DOES_NOT_KNOW_CLI = noClasses()
            .that().resideInAPackage("app.pli.messenger..")
            .should().dependOnClassesThat().resideInAPackage("app.pli.cli..")
            .because("the messenger is a library any user interface calls")
            .allowEmptyShould(true);

    static final ArchRule CLI_USES_ONLY_MESSENGER_API = classes()
            .that().resideInAPackage("app.pli.cli..")
            .should().onlyDependOnClassesThat(not(resideInAPackage("app.pli..")).or(resideInAnyPackage(
                    "app.pli.cli..", "app.pli.messenger.api..", "app.pli.core.error..")))
            .because("the cli parses, calls the Messenger API and prints; protocol work lives below it")
            .allowEmptyShould(true);

    static final ArchRule[] ALL = {
        BOUNCY_CASTLE_ONLY_IN_CORE_CRYPTO,
        KRYO_ONLY_IN_CORE_CODEC,
        CORE_DEPENDS_ON_NO_OTHER_MODULE,
        RELAY_SERVER_KNOWS_ONLY_CORE,
        RELAY_WIRE_AND_NOISE_KNOW_ONLY_CORE,
        IDENTITY_DOES_NOT_KNOW_TRANSPORT,
        TRANSPORT_DOES_NOT_KNOW_IDENTITY,
        MESSENGER_DOES_NOT_KNOW_CLI,
        CLI_USES_ONLY_MESSENGER_API,
    };
}
