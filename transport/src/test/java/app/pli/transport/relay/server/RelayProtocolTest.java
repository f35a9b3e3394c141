package app.pli.transport.relay.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.fail;

import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.Ed25519;
import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.transport.relay.wire.ProofPurpose;
import app.pli.transport.relay.wire.RelayErrorCode;
import app.pli.transport.relay.wire.RelayRequest;
import app.pli.transport.relay.wire.RelayResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The relay protocol frame by frame, over hand-driven connections. */
class RelayProtocolTest {
    private static final byte[] NONE = new byte[0];

    @TempDir
    Path dataDir;

    private RelayServer relay;
    private long nextId = 1;

    @AfterEach
    void stopRelay() throws Exception {
        if (relay != null) {
            relay.close();
        }
    }

    /** A mailbox made on {@code c}: its fetch id, deposit id and key. */
    private record Mailbox(byte[] fetchId, byte[] depositId, Ed25519KeyPair key) {}

    private Mailbox create(RawRelayConnection c) throws Exception {
        Ed25519KeyPair key = Ed25519.generateKeyPair();
        long id = nextId++;
        byte[] pub = key.publicKey().bytes();
        c.send(new RelayRequest.CreateMailbox(id, pub, c.sign(key, ProofPurpose.CREATE, pub)));
        RelayResponse.MailboxCreated created = assertInstanceOf(RelayResponse.MailboxCreated.class, c.answerTo(id));
        return new Mailbox(created.fetchId(), created.depositId(), key);
    }

    private RelayResponse deposit(RawRelayConnection c, byte[] depositId, byte[] blockId, byte[] block) throws Exception {
        long id = nextId++;
        c.send(new RelayRequest.Deposit(id, depositId, blockId, block, NONE, NONE));
        return c.answerTo(id);
    }

    private RelayResponse request(RawRelayConnection c, java.util.function.LongFunction<RelayRequest> frame)
            throws Exception {
        long id = nextId++;
        c.send(frame.apply(id));
        return c.answerTo(id);
    }

    private static void assertDone(RelayResponse r) {
        assertInstanceOf(RelayResponse.Done.class, r, () -> "expected Done, got " + r);
    }

    private static void assertRefused(RelayErrorCode code, RelayResponse r) {
        RelayResponse.ErrorFrame e = assertInstanceOf(RelayResponse.ErrorFrame.class, r, () -> "expected an error, got " + r);
        assertEquals(code.code(), e.code(), e.message());
    }

    @Test
    void createDepositFetchAckRoundTrip() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            Mailbox m = create(c);
            assertFalse(Arrays.equals(m.fetchId(), m.depositId()), "fetch and deposit ids are unrelated");
            byte[] blockId = CryptoRandom.bytes(16);
            byte[] block = CryptoRandom.bytes(4096);
            assertDone(deposit(c, m.depositId(), blockId, block));
            assertDone(deposit(c, m.depositId(), blockId, block)); // a repeat is stored once

            long fetchId = nextId++;
            c.send(new RelayRequest.Fetch(fetchId, c.owner(ProofPurpose.FETCH, m.key(), m.fetchId()), 10));
            RelayResponse.Deliver d = assertInstanceOf(RelayResponse.Deliver.class, c.receive());
            assertEquals(fetchId, d.requestId());
            assertArrayEquals(blockId, d.blockId());
            assertArrayEquals(block, d.block());
            assertEquals(1, assertInstanceOf(RelayResponse.FetchDone.class, c.receive()).delivered());

            assertDone(request(c, id -> new RelayRequest.Ack(id, c.owner(ProofPurpose.ACK, m.key(), m.fetchId()),
                    List.of(blockId))));
            RelayResponse empty = request(c, id -> new RelayRequest.Fetch(id,
                    c.owner(ProofPurpose.FETCH, m.key(), m.fetchId()), 10));
            assertEquals(0, assertInstanceOf(RelayResponse.FetchDone.class, empty).delivered());
        }
    }

    @Test
    void subscriberGetsQueuedThenNewBlocksPushedInOrder() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection owner = RawRelayConnection.established(relay.address());
                RawRelayConnection sender = RawRelayConnection.established(relay.address())) {
            Mailbox m = create(owner);
            byte[] first = CryptoRandom.bytes(16);
            assertDone(deposit(sender, m.depositId(), first, CryptoRandom.bytes(4096)));
            assertDone(request(owner, id -> new RelayRequest.Subscribe(id,
                    owner.owner(ProofPurpose.SUBSCRIBE, m.key(), m.fetchId()))));
            byte[] second = CryptoRandom.bytes(16);
            assertDone(deposit(sender, m.depositId(), second, CryptoRandom.bytes(4096)));
            assertArrayEquals(first, owner.nextPush().blockId());
            RelayResponse.Deliver pushed = owner.nextPush();
            assertArrayEquals(second, pushed.blockId());
            assertArrayEquals(m.fetchId(), pushed.fetchId());
            assertEquals(0, pushed.requestId());
        }
    }

    @Test
    void aSubscribeProofReplayedOnAnotherConnectionIsRefused() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection owner = RawRelayConnection.established(relay.address());
                RawRelayConnection thief = RawRelayConnection.established(relay.address())) {
            Mailbox m = create(owner);
            RelayRequest.Subscribe original = new RelayRequest.Subscribe(nextId++,
                    owner.owner(ProofPurpose.SUBSCRIBE, m.key(), m.fetchId()));
            owner.send(original);
            assertDone(owner.answerTo(original.requestId()));
            thief.send(original);
            assertRefused(RelayErrorCode.BAD_PROOF, thief.answerTo(original.requestId()));
            RelayRequest.Fetch fetchWithSubscribeProof = new RelayRequest.Fetch(nextId++, original.owner(), 1);
            owner.send(fetchWithSubscribeProof);
            assertRefused(RelayErrorCode.BAD_PROOF, owner.answerTo(fetchWithSubscribeProof.requestId()));
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    @Test
    void aProofByAnotherKeyIsRefused() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            Mailbox m = create(c);
            Ed25519KeyPair stranger = Ed25519.generateKeyPair();
            assertRefused(RelayErrorCode.BAD_PROOF, request(c, id -> new RelayRequest.Subscribe(id,
                    c.owner(ProofPurpose.SUBSCRIBE, stranger, m.fetchId()))));
            assertRefused(RelayErrorCode.BAD_PROOF, request(c, id -> new RelayRequest.DeleteMailbox(id,
                    c.owner(ProofPurpose.DELETE, stranger, m.fetchId()))));
        }
    }

    @Test
    void unknownAndDeletedMailboxesAreRefused() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            assertRefused(RelayErrorCode.UNKNOWN_MAILBOX,
                    deposit(c, CryptoRandom.bytes(16), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            Mailbox m = create(c);
            assertDone(deposit(c, m.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            assertDone(request(c, id -> new RelayRequest.DeleteMailbox(id,
                    c.owner(ProofPurpose.DELETE, m.key(), m.fetchId()))));
            assertRefused(RelayErrorCode.UNKNOWN_MAILBOX,
                    deposit(c, m.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            assertRefused(RelayErrorCode.UNKNOWN_MAILBOX, request(c, id -> new RelayRequest.Subscribe(id,
                    c.owner(ProofPurpose.SUBSCRIBE, m.key(), m.fetchId()))));
            assertRefused(RelayErrorCode.UNKNOWN_MAILBOX, request(c, id -> new RelayRequest.Fetch(id,
                    c.owner(ProofPurpose.FETCH, m.key(), m.fetchId()), 5)));
            assertRefused(RelayErrorCode.UNKNOWN_MAILBOX, request(c, id -> new RelayRequest.Ack(id,
                    c.owner(ProofPurpose.ACK, m.key(), m.fetchId()), List.of(CryptoRandom.bytes(16)))));
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    @Test
    void aLockedMailboxTakesOnlyTheLockedSendersDeposits() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection owner = RawRelayConnection.established(relay.address());
                RawRelayConnection sender = RawRelayConnection.established(relay.address())) {
            Mailbox m = create(owner);
            Ed25519KeyPair contact = Ed25519.generateKeyPair();
            byte[] contactKey = contact.publicKey().bytes();
            assertDone(request(owner, id -> new RelayRequest.Lock(id,
                    owner.owner(ProofPurpose.LOCK, m.key(), m.fetchId(), contactKey), contactKey)));

            assertRefused(RelayErrorCode.LOCKED,
                    deposit(sender, m.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            Ed25519KeyPair stranger = Ed25519.generateKeyPair();
            assertRefused(RelayErrorCode.LOCKED, depositAs(sender, stranger, m.depositId(),
                    sender.sign(stranger, ProofPurpose.DEPOSIT, m.depositId())));
            assertRefused(RelayErrorCode.BAD_PROOF, depositAs(sender, contact, m.depositId(), CryptoRandom.bytes(64)));
            assertRefused(RelayErrorCode.BAD_PROOF, depositAs(sender, contact, m.depositId(),
                    owner.sign(contact, ProofPurpose.DEPOSIT, m.depositId())));
            assertDone(depositAs(sender, contact, m.depositId(), sender.sign(contact, ProofPurpose.DEPOSIT, m.depositId())));
        }
    }

    private RelayResponse depositAs(RawRelayConnection c, Ed25519KeyPair sender, byte[] depositId, byte[] signature)
            throws Exception {
        long id = nextId++;
        c.send(new RelayRequest.Deposit(id, depositId, CryptoRandom.bytes(16), CryptoRandom.bytes(4096),
                sender.publicKey().bytes(), signature));
        return c.answerTo(id);
    }

    @Test
    void aFullMailboxRefusesDepositsUntilAcked() throws Exception {
        relay = RelayFixture.start(dataDir, b -> b.maxQueuedBlocksPerMailbox(3));
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            Mailbox m = create(c);
            byte[] firstId = CryptoRandom.bytes(16);
            assertDone(deposit(c, m.depositId(), firstId, CryptoRandom.bytes(4096)));
            assertDone(deposit(c, m.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            assertDone(deposit(c, m.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            assertRefused(RelayErrorCode.QUEUE_FULL, deposit(c, m.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            assertDone(deposit(c, m.depositId(), firstId, CryptoRandom.bytes(4096))); // a repeat is still accepted
            assertDone(request(c, id -> new RelayRequest.Ack(id, c.owner(ProofPurpose.ACK, m.key(), m.fetchId()),
                    List.of(firstId))));
            assertDone(deposit(c, m.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    @Test
    void theRelaysStorageCapRefusesNewBlocksButAcceptsRepeatsUntilOwnersAck() throws Exception {
        relay = RelayFixture.start(dataDir, b -> b.maxStoredBlocks(5));
        Mailbox a;
        Mailbox b;
        byte[] first = CryptoRandom.bytes(16);
        byte[] firstBlock = CryptoRandom.bytes(4096);
        byte[] second = CryptoRandom.bytes(16);
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            a = create(c);
            b = create(c);
            assertDone(deposit(c, a.depositId(), first, firstBlock));
            assertDone(deposit(c, a.depositId(), second, CryptoRandom.bytes(4096)));
            assertDone(deposit(c, a.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            assertDone(deposit(c, b.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            assertDone(deposit(c, b.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            RelayResponse.ErrorFrame full = assertInstanceOf(RelayResponse.ErrorFrame.class,
                    deposit(c, b.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            assertEquals(RelayErrorCode.STORAGE_FULL.code(), full.code());
            assertEquals("the relay's storage is full", full.message());
            assertDone(deposit(c, a.depositId(), first, firstBlock)); // a repeat is still accepted
            assertEquals(5, relay.inventory().queuedBlocks());

            assertDone(request(c, id -> new RelayRequest.Ack(id, c.owner(ProofPurpose.ACK, a.key(), a.fetchId()),
                    List.of(first, second))));
            assertDone(deposit(c, b.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            assertDone(deposit(c, a.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            assertRefused(RelayErrorCode.STORAGE_FULL,
                    deposit(c, a.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
        }
        relay.close();
        relay = RelayFixture.start(dataDir, o -> o.maxStoredBlocks(5));
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            // The total is counted again after a restart.
            assertRefused(RelayErrorCode.STORAGE_FULL,
                    deposit(c, b.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            assertDone(request(c, id -> new RelayRequest.DeleteMailbox(id,
                    c.owner(ProofPurpose.DELETE, a.key(), a.fetchId())))); // frees its two blocks
            for (int i = 0; i < 2; i++) {
                assertDone(deposit(c, b.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
            }
            assertRefused(RelayErrorCode.STORAGE_FULL,
                    deposit(c, b.depositId(), CryptoRandom.bytes(16), CryptoRandom.bytes(4096)));
        }
    }

    @Test
    void readsByIdFromTwoConnectionsGetTheBlocksAskedForAndDeleteNothing() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection owner = RawRelayConnection.established(relay.address());
                RawRelayConnection first = RawRelayConnection.established(relay.address());
                RawRelayConnection second = RawRelayConnection.established(relay.address())) {
            Mailbox m = create(owner);
            List<byte[]> ids = new ArrayList<>();
            List<byte[]> blocks = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                ids.add(CryptoRandom.bytes(16));
                blocks.add(CryptoRandom.bytes(4096));
                assertDone(deposit(owner, m.depositId(), ids.get(i), blocks.get(i)));
            }
            List<Integer> asked = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                asked.add((7 * i + 3) % 40); // 16 distinct blocks, not in arrival order
            }
            List<byte[]> askedIds = asked.stream().map(ids::get).toList();
            for (RawRelayConnection reader : List.of(first, second)) {
                long id = nextId++;
                reader.send(new RelayRequest.Read(id, reader.owner(ProofPurpose.READ, m.key(), m.fetchId()), askedIds));
                List<RelayResponse.Deliver> got = readAnswer(reader, id);
                assertEquals(16, got.size());
                for (int i = 0; i < 16; i++) {
                    assertArrayEquals(m.fetchId(), got.get(i).fetchId());
                    assertArrayEquals(ids.get(asked.get(i)), got.get(i).blockId());
                    assertArrayEquals(blocks.get(asked.get(i)), got.get(i).block());
                }
            }

            long unknown = nextId++;
            first.send(new RelayRequest.Read(unknown, first.owner(ProofPurpose.READ, m.key(), m.fetchId()),
                    List.of(CryptoRandom.bytes(16), CryptoRandom.bytes(16))));
            assertEquals(List.of(), readAnswer(first, unknown));
            long mixed = nextId++;
            first.send(new RelayRequest.Read(mixed, first.owner(ProofPurpose.READ, m.key(), m.fetchId()),
                    List.of(CryptoRandom.bytes(16), ids.get(9), CryptoRandom.bytes(16), ids.get(2))));
            List<RelayResponse.Deliver> some = readAnswer(first, mixed);
            assertEquals(2, some.size());
            assertArrayEquals(ids.get(9), some.get(0).blockId());
            assertArrayEquals(ids.get(2), some.get(1).blockId());

            long fetch = nextId++;
            owner.send(new RelayRequest.Fetch(fetch, owner.owner(ProofPurpose.FETCH, m.key(), m.fetchId()), 64));
            List<RelayResponse.Deliver> all = readAnswer(owner, fetch);
            assertEquals(40, all.size(), "reads delete nothing");
            for (int i = 0; i < 40; i++) {
                assertArrayEquals(ids.get(i), all.get(i).blockId());
            }
        }
    }

    @Test
    void aReadNeedsAReadProofForAKnownMailbox() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection owner = RawRelayConnection.established(relay.address());
                RawRelayConnection thief = RawRelayConnection.established(relay.address())) {
            Mailbox m = create(owner);
            byte[] blockId = CryptoRandom.bytes(16);
            assertDone(deposit(owner, m.depositId(), blockId, CryptoRandom.bytes(4096)));
            List<byte[]> ids = List.of(blockId);

            assertRefused(RelayErrorCode.BAD_PROOF, request(owner, id -> new RelayRequest.Read(id,
                    owner.owner(ProofPurpose.FETCH, m.key(), m.fetchId()), ids)));
            assertRefused(RelayErrorCode.BAD_PROOF, request(owner, id -> new RelayRequest.Read(id,
                    owner.owner(ProofPurpose.READ, Ed25519.generateKeyPair(), m.fetchId()), ids)));
            assertRefused(RelayErrorCode.BAD_PROOF, request(thief, id -> new RelayRequest.Read(id,
                    owner.owner(ProofPurpose.READ, m.key(), m.fetchId()), ids)));
            byte[] unknownFetchId = CryptoRandom.bytes(16);
            assertRefused(RelayErrorCode.UNKNOWN_MAILBOX, request(owner, id -> new RelayRequest.Read(id,
                    owner.owner(ProofPurpose.READ, m.key(), unknownFetchId), ids)));
            assertDone(request(owner, RelayRequest.Ping::new));
        }
        RelayFixture.assertServesNormally(relay.address());
    }

    /** The blocks answering fetch or read {@code requestId}, in order; checks the closing count. */
    private static List<RelayResponse.Deliver> readAnswer(RawRelayConnection c, long requestId) throws Exception {
        List<RelayResponse.Deliver> blocks = new ArrayList<>();
        while (true) {
            RelayResponse r = c.receive();
            if (r instanceof RelayResponse.Deliver d && d.requestId() == requestId) {
                blocks.add(d);
            } else if (r instanceof RelayResponse.FetchDone f && f.requestId() == requestId) {
                assertEquals(blocks.size(), f.delivered());
                return blocks;
            } else if (r instanceof RelayResponse.ErrorFrame e) {
                fail("the relay refused: " + e.message());
            }
        }
    }

    @Test
    void aConnectionCreatesAtMostItsLimitOfMailboxes() throws Exception {
        relay = RelayFixture.start(dataDir, b -> b.maxMailboxCreationsPerConnection(2));
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            create(c);
            create(c);
            Ed25519KeyPair key = Ed25519.generateKeyPair();
            byte[] pub = key.publicKey().bytes();
            assertRefused(RelayErrorCode.TOO_MANY_MAILBOXES, request(c,
                    id -> new RelayRequest.CreateMailbox(id, pub, c.sign(key, ProofPurpose.CREATE, pub))));
        }
        try (RawRelayConnection fresh = RawRelayConnection.established(relay.address())) {
            create(fresh);
        }
    }

    @Test
    void aCreateProofMustBeByTheRegisteredKey() throws Exception {
        relay = RelayFixture.start(dataDir);
        try (RawRelayConnection c = RawRelayConnection.established(relay.address())) {
            Ed25519KeyPair key = Ed25519.generateKeyPair();
            Ed25519KeyPair other = Ed25519.generateKeyPair();
            byte[] pub = key.publicKey().bytes();
            assertRefused(RelayErrorCode.BAD_PROOF, request(c,
                    id -> new RelayRequest.CreateMailbox(id, pub, c.sign(other, ProofPurpose.CREATE, pub))));
            assertDone(request(c, RelayRequest.Ping::new));
        }
    }
}
