/**
 * A load generator for a blind relay: {@link app.pli.transport.relay.bench.RelayLoadGenerator}
 * drives sender/receiver pairs over real {@link app.pli.transport.relay.client.RelayClient}
 * connections and reports throughput, latency from deposit start to receipt, and lost and
 * duplicated blocks ({@link app.pli.transport.relay.bench.LoadReport}).
 */
package app.pli.transport.relay.bench;
