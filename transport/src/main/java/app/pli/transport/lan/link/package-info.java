/**
 * Direct links between contacts on a LAN, and the one-time introduction channel of
 * {@code pli invite --lan}.
 *
 * <p>Contract: {@link app.pli.transport.lan.link.LanLinkServer} and
 * {@link app.pli.transport.lan.link.LanLinkConnector} run Noise
 * {@code KK_25519_ChaChaPoly_SHA256} with both identities' X25519 keys (the server finds
 * the contact by trying the first message against each contact key) and hand
 * {@link app.pli.transport.lan.link.LanLink}s to a {@link app.pli.transport.lan.link.LinkListener};
 * a link carries 4096-byte blocks both ways, each acknowledged only once the receiver's
 * listener stored it, and the blocks of files on request (pulled, neither acknowledged nor
 * retried by the link). {@link app.pli.transport.lan.link.LanIntroServer} and
 * {@link app.pli.transport.lan.link.LanIntroConnector} carry one request and one answer
 * under keys derived from an invitation's one-time secret.
 *
 * <p>Wire format: the relay's (2-byte length, then a Noise message; handshake messages of
 * 48 bytes; transport plaintexts padded to 512 or 4352 bytes), with its own frames (codec
 * ids 700..729) and prologues; see {@link app.pli.transport.lan.link.LinkConstants}.
 * Inside: Netty on shared daemon event loops ({@code LinkThreads}), trials on one bounded
 * thread, listener calls on a callback pool, one link's calls in order. Depends on
 * {@code app.pli.core} and the noise package only.
 */
package app.pli.transport.lan.link;
