package app.pli.transport.relay.server;

import app.pli.core.crypto.Ed25519KeyPair;
import app.pli.core.crypto.X25519PublicKey;
import app.pli.transport.noise.NoiseException;
import app.pli.transport.noise.NoiseHandshake;
import app.pli.transport.noise.NoiseTransport;
import app.pli.transport.relay.wire.MalformedFrameException;
import app.pli.transport.relay.wire.OwnerProof;
import app.pli.transport.relay.wire.ProofPurpose;
import app.pli.transport.relay.wire.RelayAddress;
import app.pli.transport.relay.wire.RelayConstants;
import app.pli.transport.relay.wire.RelayFrame;
import app.pli.transport.relay.wire.RelayFrameCodec;
import app.pli.transport.relay.wire.RelayProof;
import app.pli.transport.relay.wire.RelayRequest;
import app.pli.transport.relay.wire.RelayResponse;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-driven relay connection over a plain blocking socket, for tests that must send
 * what a well-behaved client never would: raw bytes, bad lengths, forged frames.
 */
final class RawRelayConnection implements AutoCloseable {
    private static final int TIMEOUT_MILLIS = 10_000;
    private static final byte[] EMPTY = new byte[0];

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private final List<RelayResponse.Deliver> pushes = new ArrayList<>();
    private NoiseTransport transport;
    private volatile boolean relayClosed;

    private RawRelayConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** A TCP connection to the relay, without a handshake yet. */
    static RawRelayConnection open(RelayAddress address) throws IOException {
        Socket socket = new Socket();
        socket.connect(new InetSocketAddress(address.host(), address.port()), TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
        return new RawRelayConnection(socket);
    }

    /** A connection that completed the NK handshake with the relay's real key. */
    static RawRelayConnection established(RelayAddress address) throws IOException, NoiseException {
        RawRelayConnection c = open(address);
        c.handshake(address.relayKey());
        return c;
    }

    void handshake(X25519PublicKey relayKey) throws IOException, NoiseException {
        NoiseHandshake handshake = NoiseHandshake.nkInitiator(RelayConstants.PROLOGUE, relayKey);
        sendMessage(handshake.writeMessage(EMPTY));
        handshake.readMessage(readMessage());
        transport = handshake.split();
    }

    byte[] handshakeHash() {
        return transport.handshakeHash();
    }

    void setReadTimeout(int millis) throws SocketException {
        socket.setSoTimeout(millis);
    }

    void sendRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void sendMessage(byte[] message) throws IOException {
        byte[] framed = new byte[2 + message.length];
        framed[0] = (byte) (message.length >>> 8);
        framed[1] = (byte) message.length;
        System.arraycopy(message, 0, framed, 2, message.length);
        sendRaw(framed);
    }

    /** Encrypts any plaintext, well-formed or not, as the next transport message. */
    void sendPlaintext(byte[] plaintext) throws IOException {
        sendMessage(transport.encrypt(plaintext));
    }

    void send(RelayFrame frame) throws IOException {
        sendPlaintext(RelayFrameCodec.toPlaintext(frame));
    }

    RelayResponse receive() throws IOException, NoiseException, MalformedFrameException {
        return (RelayResponse) RelayFrameCodec.fromPlaintext(transport.decrypt(readMessage()));
    }

    /** The answer to request {@code requestId}; pushed blocks met on the way are kept in {@link #pushes()}. */
    RelayResponse answerTo(long requestId) throws IOException, NoiseException, MalformedFrameException {
        while (true) {
            RelayResponse r = receive();
            if (r instanceof RelayResponse.Deliver d && d.requestId() == 0) {
                pushes.add(d);
            } else if (answers(r, requestId)) {
                return r;
            }
        }
    }

    /** The next pushed block, reading if none is kept. */
    RelayResponse.Deliver nextPush() throws IOException, NoiseException, MalformedFrameException {
        while (pushes.isEmpty()) {
            RelayResponse r = receive();
            if (r instanceof RelayResponse.Deliver d && d.requestId() == 0) {
                pushes.add(d);
            }
        }
        return pushes.remove(0);
    }

    List<RelayResponse.Deliver> pushes() {
        return pushes;
    }

    /**
     * Whether the relay closes the connection: reads (and ignores) whatever comes first,
     * until end of stream (true) or the read timeout (false).
     */
    boolean closedByRelay() throws IOException {
        byte[] sink = new byte[8192];
        try {
            while (true) {
                if (in.read(sink) < 0) {
                    return true;
                }
            }
        } catch (SocketTimeoutException e) {
            return false;
        } catch (SocketException e) {
            return true; // reset by the relay
        }
    }

    /**
     * Reads and discards everything the relay sends, on a daemon thread, until the stream
     * ends; afterwards {@link #relayClosed()} is true. Used where only sending matters.
     */
    void drainInBackground() throws SocketException {
        socket.setSoTimeout(0);
        Thread drain = new Thread(() -> {
            byte[] sink = new byte[16384];
            try {
                while (in.read(sink) >= 0) {
                    // discarded: the caller only needs the relay to keep reading
                }
            } catch (IOException e) {
                // a reset or our own close ends the stream just as end-of-stream does
            } finally {
                relayClosed = true;
            }
        }, "raw-relay-drain");
        drain.setDaemon(true);
        drain.start();
    }

    /** Whether the background drain saw the stream end. */
    boolean relayClosed() {
        return relayClosed;
    }

    /** The owner's proof for this session. */
    OwnerProof owner(ProofPurpose purpose, Ed25519KeyPair key, byte[] fetchId, byte[]... extra) {
        byte[][] subject = new byte[1 + extra.length][];
        subject[0] = fetchId;
        System.arraycopy(extra, 0, subject, 1, extra.length);
        return new OwnerProof(fetchId, key.publicKey().bytes(),
                RelayProof.sign(key.privateKey(), purpose, transport.handshakeHash(), subject));
    }

    byte[] sign(Ed25519KeyPair key, ProofPurpose purpose, byte[]... subject) {
        return RelayProof.sign(key.privateKey(), purpose, transport.handshakeHash(), subject);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private byte[] readMessage() throws IOException {
        int length = in.readUnsignedShort();
        byte[] message = new byte[length];
        in.readFully(message);
        return message;
    }

    private static boolean answers(RelayResponse r, long requestId) {
        if (r instanceof RelayResponse.Done d) {
            return d.requestIds().contains(requestId);
        }
        if (r instanceof RelayResponse.ErrorFrame e) {
            return e.requestId() == requestId;
        }
        if (r instanceof RelayResponse.MailboxCreated m) {
            return m.requestId() == requestId;
        }
        if (r instanceof RelayResponse.FetchDone f) {
            return f.requestId() == requestId;
        }
        return false;
    }
}
