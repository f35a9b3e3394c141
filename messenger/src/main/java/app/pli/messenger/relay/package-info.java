/** Adapters that offer the transport's relay server and client through the Messenger API. */
package app.pli.messenger.relay;
