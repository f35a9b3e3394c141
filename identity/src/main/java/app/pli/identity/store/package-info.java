/** Storage shapes that several identity protocols share: the sealed outbox of a multi-step protocol. */
package app.pli.identity.store;
