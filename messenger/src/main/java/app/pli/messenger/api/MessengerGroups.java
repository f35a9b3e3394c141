package app.pli.messenger.api;

import app.pli.core.error.PliException;
import java.util.List;
import java.util.Optional;

/**
 * The groups of an open profile. A GROUP argument is a group's name or a prefix of at least
 * four hex digits of its id; a name several groups share is refused with their ids. Every
 * change is signed by this profile and queued for the members in the transaction that makes
 * it, then handed over at once if a relay or LAN link answers (else by the daemon or the
 * next sync). A refused step changes nothing.
 */
public interface MessengerGroups {
    /** Creates a group with this profile its only member and admin. */
    GroupInfo create(String name) throws PliException;

    /** Every group this profile knows, invitations included. */
    List<GroupInfo> list() throws PliException;

    GroupDetails show(String group) throws PliException;

    /** An admin adds contacts (verified in person or introduced); the admin introduces them to the others. */
    GroupDetails add(String group, List<String> contacts) throws PliException;

    /** An admin removes a member (by its name in the group); it receives nothing sent after. */
    GroupDetails remove(String group, String member) throws PliException;

    /** An admin makes a member an admin. */
    GroupDetails promote(String group, String member) throws PliException;

    /** An admin renames the group. */
    GroupDetails rename(String group, String newName) throws PliException;

    /** Leaves the group: the others are told; nothing more is sent or shown. */
    GroupInfo leave(String group) throws PliException;

    /** Accepts an invitation: the group's messages show, and its members' introductions are answered. */
    GroupInfo accept(String group) throws PliException;

    /** Declines an invitation: the group is left. */
    GroupInfo decline(String group) throws PliException;

    /** Sends a text to every member, each inside the pairwise session with that member. */
    MessageInfo send(String group, String text) throws PliException;

    /** The last {@code limit} messages of the group, oldest first. */
    List<MessageInfo> messages(String group, int limit) throws PliException;

    /**
     * Makes a member this profile knows only through a group one of its contacts, listed
     * like any other, under {@code name} if given.
     */
    ContactInfo addContact(String group, String member, Optional<String> name) throws PliException;
}
