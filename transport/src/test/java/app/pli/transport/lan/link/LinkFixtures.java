package app.pli.transport.lan.link;

import app.pli.core.crypto.CryptoRandom;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Shared pieces of the LAN link tests: loopback addresses, blocks, test options. */
final class LinkFixtures {
    static final long WAIT_SECONDS = 20;

    private LinkFixtures() {}

    /** 127.0.0.1 with a free port chosen at bind. */
    static InetSocketAddress loopback() throws UnknownHostException {
        return new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0);
    }

    /** Default limits, with a short handshake timeout so abuse tests end quickly. */
    static LanLinkOptions options() {
        return LanLinkOptions.defaults().withHandshakeTimeout(Duration.ofMillis(500));
    }

    static LinkBlock randomBlock() {
        return new LinkBlock(CryptoRandom.bytes(LinkConstants.BLOCK_ID_BYTES),
                CryptoRandom.bytes(LinkConstants.BLOCK_BYTES));
    }

    static List<LinkBlock> randomBlocks(int n) {
        List<LinkBlock> blocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            blocks.add(randomBlock());
        }
        return blocks;
    }

    /** The blocks {@code listener} stores next, {@code n} of them, waiting for each. */
    static List<LinkBlock> storedBlocks(RecordingListener listener, int n) throws InterruptedException {
        List<LinkBlock> got = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            LinkBlock b = listener.nextStored();
            if (b == null) {
                break;
            }
            got.add(b);
        }
        return got;
    }
}
