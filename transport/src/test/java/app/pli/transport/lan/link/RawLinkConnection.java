package app.pli.transport.lan.link;

import app.pli.transport.noise.NoiseException;
import app.pli.transport.noise.NoiseHandshake;
import app.pli.transport.noise.NoiseTransport;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.SocketTimeoutException;

/**
 * A hand-driven LAN connection over a plain blocking socket, for tests that must send what
 * a well-behaved peer never would: raw bytes, bad lengths, forged or malformed frames.
 */
final class RawLinkConnection implements AutoCloseable {
    private static final int TIMEOUT_MILLIS = 10_000;
    private static final byte[] EMPTY = new byte[0];

    private final Socket socket;
    private final DataInputStream in;
    private final OutputStream out;
    private NoiseTransport transport;

    private RawLinkConnection(Socket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = socket.getOutputStream();
    }

    /** A TCP connection without a handshake yet. */
    static RawLinkConnection open(InetSocketAddress address) throws IOException {
        Socket socket = new Socket();
        socket.connect(address, TIMEOUT_MILLIS);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.setTcpNoDelay(true);
        return new RawLinkConnection(socket);
    }

    /** Sends message 1 of {@code handshake} only (for a peer the server must refuse). */
    void sendFirstMessage(NoiseHandshake handshake) throws IOException {
        sendMessage(handshake.writeMessage(EMPTY));
    }

    /** Runs {@code handshake} (an initiator) to the end; returns the length of message 2. */
    int handshake(NoiseHandshake handshake) throws IOException, NoiseException {
        sendFirstMessage(handshake);
        byte[] reply = readMessage();
        handshake.readMessage(reply);
        transport = handshake.split();
        return reply.length;
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

    void send(LinkFrame frame) throws IOException {
        sendPlaintext(LinkFrameCodec.toPlaintext(frame));
    }

    /** The next transport message as it was on the wire (without its length prefix). */
    byte[] readMessage() throws IOException {
        int length = in.readUnsignedShort();
        byte[] message = new byte[length];
        in.readFully(message);
        return message;
    }

    LinkFrame open(byte[] message) throws NoiseException, MalformedLinkFrameException {
        return LinkFrameCodec.fromPlaintext(transport.decrypt(message));
    }

    void setReadTimeout(int millis) throws SocketException {
        socket.setSoTimeout(millis);
    }

    /**
     * The number of bytes the server sent before it closed the connection, or -1 when the
     * read timeout passed with the connection still open.
     */
    int bytesBeforeClose() throws IOException {
        byte[] sink = new byte[8192];
        int total = 0;
        try {
            while (true) {
                int n = in.read(sink);
                if (n < 0) {
                    return total;
                }
                total += n;
            }
        } catch (SocketTimeoutException e) {
            return -1;
        } catch (SocketException e) {
            return total; // reset by the server
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
