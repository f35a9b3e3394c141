/** Small concurrency helpers shared by the relay client and the LAN links. */
package app.pli.transport.concurrent;
