package app.pli.messenger.intro;

import app.pli.core.error.PliException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Finds a TCP port free now on one local address, for an invitation's LAN endpoint. */
final class FreePorts {
    private FreePorts() {}

    /**
     * A port the system hands out for {@code address} now. The socket is closed again at
     * once: the endpoint is bound later by whichever process serves it.
     *
     * @throws PliException if {@code address} is not an address of this host
     */
    static int on(InetAddress address) throws PliException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.bind(new InetSocketAddress(address, 0));
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new PliException("cannot listen on " + address.getHostAddress() + ": " + e.getMessage());
        }
    }
}
