/**
 * The Double Ratchet with header encryption (Signal's specification, sections 3 and 4):
 * one {@link app.pli.messenger.session.RatchetSession} per relationship, a pure in-memory
 * state machine with a versioned binary form that the caller stores encrypted.
 */
package app.pli.messenger.session;
