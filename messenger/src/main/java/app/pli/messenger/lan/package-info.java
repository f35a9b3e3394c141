/**
 * The LAN node of an online profile: it announces itself with a rotating mDNS name, finds
 * its contacts' records, keeps one authenticated direct link per contact, and carries the
 * same sealed envelopes over those links as over a relay.
 */
package app.pli.messenger.lan;
