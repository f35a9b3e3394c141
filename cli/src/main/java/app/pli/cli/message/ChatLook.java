package app.pli.cli.message;

import app.pli.messenger.api.MessageInfo;

/** How a chat (with a contact, or in a group) looks: its banner, prompt and lines, and which messages are its own. */
interface ChatLook {
    /** Whether {@code message} belongs to this chat (else only a note that something came elsewhere is shown). */
    boolean concerns(MessageInfo message);

    String banner();

    String prompt();

    String line(MessageInfo message);
}
