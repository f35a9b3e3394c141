/**
 * The profile: this user's identity keys, the display name they may share, and their home
 * relay. One per store, sealed at rest.
 */
package app.pli.identity.profile;
