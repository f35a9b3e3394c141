package app.pli.cli.demo;

import app.pli.cli.output.Output;
import app.pli.core.error.PliException;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.HostedRelay;
import app.pli.messenger.api.InvitationTicket;
import app.pli.messenger.api.MessageInfo;
import app.pli.messenger.api.Messenger;
import app.pli.messenger.api.Pli;
import app.pli.messenger.api.ProfileInfo;
import app.pli.messenger.api.Profiles;
import app.pli.messenger.api.RelayHostingOptions;
import app.pli.messenger.api.RelayView;
import app.pli.messenger.api.Unlock;
import app.pli.messenger.api.VerifyOutcome;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** The demo's script: every step through the public Messenger API, narrated on {@link Output}. */
final class DemoStory {
    private static final List<String> ALICE_SAYS = List.of("Hello Bob, this is Alice.",
            "Nobody but you can read this, not even the relay.", "See you at the summit.");

    private final Path folder;
    private final Output out;
    private int step;

    DemoStory(Path folder, Output out) {
        this.folder = folder;
        this.out = out;
    }

    DemoSummary run() throws PliException {
        say("Pli demo: everything happens in " + folder + " and on 127.0.0.1.");
        try (HostedRelay relay = Pli.relayHosting().start(new RelayHostingOptions("127.0.0.1", 0,
                folder.resolve("relay"), Duration.ofDays(21), false, OptionalInt.empty(), OptionalInt.empty(),
                OptionalLong.empty()))) {
            step("A blind relay starts. Its address is all anyone needs to reach it:");
            detail(relay.address());
            Profiles profiles = Pli.profiles();
            step("Alice and Bob each create an identity: a key pair and an encrypted store.");
            ProfileInfo aliceInfo = profiles.init(folder.resolve("alice"), "Alice", Optional.of(relay.address()),
                    new Unlock.Unattended());
            ProfileInfo bobInfo = profiles.init(folder.resolve("bob"), "Bob", Optional.of(relay.address()),
                    new Unlock.Unattended());
            detail("Alice  " + aliceInfo.fingerprint());
            detail("Bob    " + bobInfo.fingerprint());
            try (Messenger alice = profiles.open(folder.resolve("alice"), new Unlock.Unattended());
                    Messenger bob = profiles.open(folder.resolve("bob"), new Unlock.Unattended())) {
                introduce(alice, bob, relay);
                int delivered = converse(alice, bob, relay);
                return new DemoSummary(relay.address(), aliceInfo.fingerprint(), bobInfo.fingerprint(), delivered,
                        relay.view().storedBlocks());
            }
        }
    }

    private void introduce(Messenger alice, Messenger bob, HostedRelay relay) throws PliException {
        step("Alice invites Bob. Her QR code holds this one-time code (no name, no phone number):");
        InvitationTicket ticket = alice.invite(Duration.ofMinutes(10));
        detail(ticket.code());
        relaySaw(relay);
        step("Bob scans it and accepts. Their devices swap keys through the relay, sealed in blocks.");
        bob.accept(ticket.code(), Optional.empty());
        for (int round = 0; round < 3 && !(comparing(alice) && comparing(bob)); round++) {
            alice.sync();
            bob.sync();
        }
        ContactInfo bobAtAlice = alice.contacts().get(0);
        ContactInfo aliceAtBob = bob.contacts().get(0);
        step("Each screen shows a 4-digit code; they read them to each other and type what they hear.");
        detail("Alice's screen: " + bobAtAlice.code().orElseThrow() + "    Bob's screen: "
                + aliceAtBob.code().orElseThrow());
        requireVerified(alice.verify(bobAtAlice.name(), aliceAtBob.code().orElseThrow()));
        requireVerified(bob.verify(aliceAtBob.name(), bobAtAlice.code().orElseThrow()));
        detail("Alice sees \"" + alice.contacts().get(0).name() + "\" and Bob sees \"" + bob.contacts().get(0).name()
                + "\": both verified in person. A key swapped by an attacker would have shown other codes.");
        relaySaw(relay);
    }

    private int converse(Messenger alice, Messenger bob, HostedRelay relay) throws PliException {
        String bobName = alice.contacts().get(0).name();
        String aliceName = bob.contacts().get(0).name();
        step("Alice sends " + ALICE_SAYS.size() + " messages. Each is Double-Ratchet encrypted and cut into"
                + " 4096-byte blocks.");
        for (String text : ALICE_SAYS) {
            MessageInfo sent = alice.send(bobName, text);
            detail("Alice -> Bob  [" + sent.status() + "]  " + text);
        }
        relaySaw(relay);
        step("Bob comes online and receives them, each exactly once, in order:");
        bob.sync();
        for (MessageInfo message : bob.messages(aliceName, 10)) {
            detail("Bob reads  " + message.text());
        }
        step("Bob answers; his device also sends receipts. Alice syncs:");
        bob.send(aliceName, "Got them all. Safe travels, Alice.");
        alice.sync();
        List<MessageInfo> atAlice = alice.messages(bobName, 10);
        for (MessageInfo message : atAlice) {
            detail((message.outgoing() ? "Alice -> Bob  [" + message.status() + "]  " : "Bob -> Alice  ")
                    + message.text());
        }
        relaySaw(relay);
        say("Done. The relay never learned a name, a key, a size or who talks to whom.");
        return (int) atAlice.stream().filter(m -> m.outgoing() && m.status().equals("delivered")).count();
    }

    private void relaySaw(HostedRelay relay) throws PliException {
        RelayView view = relay.view();
        detail("what the relay saw: " + view.mailboxes() + " mailboxes with random ids, " + view.storedBlocks()
                + " blocks of 4096 bytes stored so far, " + view.queuedBlocks() + " waiting"
                + (view.newestBlockHex().isEmpty() ? "" : "; the newest begins " + view.newestBlockHex() + "..."));
    }

    private static boolean comparing(Messenger side) throws PliException {
        List<ContactInfo> contacts = side.contacts();
        return contacts.size() == 1 && contacts.get(0).code().isPresent();
    }

    private static void requireVerified(VerifyOutcome outcome) throws PliException {
        if (!(outcome instanceof VerifyOutcome.Verified)) {
            throw new PliException("the demo's code comparison failed: " + outcome);
        }
    }

    private void step(String text) {
        step++;
        out.note(System.lineSeparator() + step + ". " + text);
    }

    private void detail(String text) {
        out.note("   " + text);
    }

    private void say(String text) {
        out.note(text);
    }
}
