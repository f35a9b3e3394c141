/**
 * The Messenger API: the only part of Pli a user interface (the command line) calls.
 * {@link app.pli.messenger.api.Pli} hands out its services. Types here name no transport,
 * crypto or storage class, so a UI cannot reach below it.
 */
package app.pli.messenger.api;
