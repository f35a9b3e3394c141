/**
 * The relay client: {@link app.pli.transport.relay.client.RelayClient}, a thread-safe
 * connection to one relay that reconnects with backoff, renews subscriptions and re-sends
 * unanswered requests, with the values it trades in
 * ({@link app.pli.transport.relay.client.MailboxCredentials},
 * {@link app.pli.transport.relay.client.RelayBlock},
 * {@link app.pli.transport.relay.client.BlockListener}).
 */
package app.pli.transport.relay.client;
