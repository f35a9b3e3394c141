/**
 * The in-person introduction (protocol v1): a one-time invitation, two sealed messages
 * (M1 invitee to inviter, M2 inviter to invitee), a 4-digit code on each screen, and the
 * root key that later seeds the Double Ratchet session.
 *
 * <p>Both roles are persisted state machines ({@link app.pli.identity.intro.IntroductionState});
 * a step runs only in the states the transition table lists, and every step commits its
 * state change, the contact change and any outgoing message in one transaction, so a
 * restart resumes and a crash re-sends rather than loses. The package never touches the
 * network: {@link app.pli.identity.intro.Introductions} takes routes and payload bytes and
 * queues payloads in an outbox the messenger drains.
 */
package app.pli.identity.intro;
