/**
 * Contacts: the people this profile has been introduced to, their identity keys, the route
 * that reaches them and how far their keys are trusted ({@link app.pli.identity.contact.TrustState}).
 *
 * <p>Everything that names or identifies a contact is stored sealed under the profile's
 * storage key; the table holds only random row ids in clear.
 */
package app.pli.identity.contact;
