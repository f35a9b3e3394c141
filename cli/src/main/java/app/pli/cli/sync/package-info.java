/** {@code pli sync}: one round of exchange with the relays involved. */
package app.pli.cli.sync;
