package app.pli.messenger.relay;

import app.pli.core.error.PliException;
import app.pli.messenger.api.HostedRelay;
import app.pli.messenger.api.RelayHosting;
import app.pli.messenger.api.RelayHostingOptions;
import app.pli.messenger.api.RelayView;
import app.pli.transport.relay.server.RelayInventory;
import app.pli.transport.relay.server.RelayServer;
import app.pli.transport.relay.server.RelayServerOptions;
import java.util.HexFormat;

/** Hosts the transport's {@link RelayServer} behind the Messenger API. */
public final class RelayHostingService implements RelayHosting {
    @Override
    public HostedRelay start(RelayHostingOptions options) throws PliException {
        RelayServer server = RelayServer.start(serverOptions(options));
        return new HostedRelay() {
            @Override
            public String address() {
                return server.address().format();
            }

            @Override
            public RelayView view() throws PliException {
                RelayInventory inventory = server.inventory();
                return new RelayView(inventory.mailboxes(), inventory.queuedBlocks(), inventory.storedBlocks(),
                        HexFormat.of().formatHex(inventory.newestBlockPrefix()));
            }

            @Override
            public void close() throws PliException {
                server.close();
            }
        };
    }

    private static RelayServerOptions serverOptions(RelayHostingOptions options) throws PliException {
        RelayServerOptions.Builder builder = RelayServerOptions.builder(options.dataDir())
                .listen(options.listenHost(), options.listenPort())
                .ttl(options.ttl())
                .logConnections(options.logConnections());
        options.maxConnections().ifPresent(builder::maxConnections);
        options.maxQueuedBlocksPerMailbox().ifPresent(builder::maxQueuedBlocksPerMailbox);
        options.maxStoredBlocks().ifPresent(builder::maxStoredBlocks);
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            // The options' own validation message names the option and the value.
            throw new PliException("invalid relay option: " + e.getMessage());
        }
    }
}
