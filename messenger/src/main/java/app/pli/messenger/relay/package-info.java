/** Adapters that offer the transport's relay server, client and load generator through the Messenger API. */
package app.pli.messenger.relay;
