package app.pli.cli.message;

import app.pli.messenger.api.LanMode;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --lan}/{@code --no-lan} (on by default) and {@code --interface} for commands that go online. */
public final class LanOptions {
    @Option(names = "--lan", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also work on the local network: announce this node, find contacts, talk directly"
                    + " (default: on; --no-lan for relays only).")
    boolean lan;

    @Option(names = "--interface", paramLabel = "NAME_OR_ADDRESS",
            description = "Network interface for the LAN, by name (eth0) or address (default: the first one up,"
                    + " not loopback, with IPv4).")
    String networkInterface;

    LanMode mode() {
        return lan ? LanMode.on(Optional.ofNullable(networkInterface)) : LanMode.OFF;
    }
}
