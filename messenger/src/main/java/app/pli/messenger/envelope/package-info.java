/**
 * Envelopes: what a session message looks like between two contacts. A payload (text or
 * delivery receipt) is encoded, encrypted by the Double Ratchet, and the ratchet message is
 * cut into 4096-byte blocks, each sealed under the relationship's block key for its
 * direction, so every block on a relay or a LAN link looks alike.
 */
package app.pli.messenger.envelope;
