/**
 * The blind relay server: {@link app.pli.transport.relay.server.RelayServer} with its
 * {@link app.pli.transport.relay.server.RelayServerOptions}.
 *
 * <p>Inside: Netty accepts connections ({@code RelayConnection}, one Noise NK session each);
 * proofs are checked on the event loops; every store change goes to one writer thread
 * ({@code StoreWriter}) that group-commits many connections' deposits per SQLite
 * transaction and answers each deposit only after its commit; reads (subscription
 * backlogs, fetches) run on reader threads; {@code Subscription} pushes blocks in commit
 * order within a window. Depends on {@code app.pli.core}, the wire package and the noise
 * package only.
 */
package app.pli.transport.relay.server;
