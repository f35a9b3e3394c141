/**
 * Groups over pairwise sessions: the signed membership (identity's {@code Groups}) carried
 * member by member, texts fanned out into each member's own session, members who are not
 * each other's contacts introduced by the admin who added them, and the views the API shows.
 */
package app.pli.messenger.group;
