package app.pli.transport.lan.link;

import app.pli.transport.noise.NoiseHandshake;

/**
 * The responder handshake that accepted a first message, and the caller's number for the
 * peer whose key it was made with (0 where there is no contact, as on the introduction
 * channel). The handshake has read message 1 and is ready to write message 2.
 */
record HandshakeMatch(long peerId, NoiseHandshake handshake) {}
