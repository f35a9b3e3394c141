/**
 * Moving the messenger's payloads through blind relays: one client per relay for the
 * length of a sync, every call bounded in time, and payloads turned into blocks with ids
 * that make a repeated deposit harmless.
 */
package app.pli.messenger.delivery;
