/**
 * Pli's cryptographic suite v1: the only package that touches Bouncy Castle, and the only
 * one any other module may use for cryptography.
 *
 * <ul>
 *   <li>Identity and agreement: {@link app.pli.core.crypto.Ed25519} signatures (strict RFC 8032
 *       verification) and {@link app.pli.core.crypto.X25519} (RFC 7748), which refuses the
 *       all-zero shared secret of low-order public keys.</li>
 *   <li>Encryption: {@link app.pli.core.crypto.XChaCha20Poly1305} with random 24-byte nonces for
 *       everything under long-lived keys (storage, envelopes); RFC 8439
 *       {@link app.pli.core.crypto.ChaCha20Poly1305} with counter nonces inside Noise.</li>
 *   <li>Derivation: {@link app.pli.core.crypto.Hkdf} (HKDF-SHA256), always with a
 *       {@link app.pli.core.crypto.KdfLabel} "pli/v1/..." naming the purpose;
 *       {@link app.pli.core.crypto.Argon2id} for passphrases (at least 64 MiB and 3 passes).</li>
 *   <li>Hashing: {@link app.pli.core.crypto.Sha256}, {@link app.pli.core.crypto.HmacSha256};
 *       comparisons of secrets go through {@link app.pli.core.crypto.ConstantTime}; all
 *       randomness through {@link app.pli.core.crypto.CryptoRandom}.</li>
 * </ul>
 *
 * <p>Rules shared by every class here:
 * <ul>
 *   <li>Keys are immutable typed values, never bare arrays; {@code bytes()} returns a copy.
 *       Private and symmetric keys print as {@code Type[redacted]}, compare in constant time,
 *       and have a hash code that reveals nothing secret. Public keys compare by value and
 *       print a short hex prefix.</li>
 *   <li>Errors: bytes that may come from a peer or from disk (keys, nonces, salts of the
 *       wrong length, undecodable public keys, a zero shared secret) throw the checked
 *       {@link app.pli.core.crypto.CryptoException}; a failed tag, MAC or signature check
 *       throws its subclass {@link app.pli.core.crypto.AuthenticationException}, or yields
 *       {@code false} from a {@code verify} method. Values fixed by code (labels, output
 *       lengths, Argon2 costs) throw {@link java.lang.IllegalArgumentException}; a null
 *       argument throws {@link java.lang.NullPointerException}, except that
 *       {@link app.pli.core.crypto.Ed25519#verify} returns {@code false} for any bad input.</li>
 *   <li>No exception message or {@code toString} ever contains key material or plaintext.</li>
 * </ul>
 */
package app.pli.core.crypto;
