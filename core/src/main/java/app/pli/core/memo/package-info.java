/**
 * Memoization of pure, costly computations on public data (curve point decoding, key
 * derivation, signature checks of stored keys), so the daemon's rounds do not redo them.
 */
package app.pli.core.memo;
