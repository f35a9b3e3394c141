package app.pli.cli.message;

import app.pli.messenger.api.ContactInfo;

/** The few words that say how far a contact's keys are trusted, for one not verified in person. */
final class TrustNote {
    private TrustNote() {}

    /** {@code (introduced by X)}, {@code (unverified)}, or empty for a contact verified in person. */
    static String of(ContactInfo contact) {
        if (contact.verified()) {
            return "";
        }
        return contact.introducedBy().map(by -> "(introduced by " + by + ")").orElse("(unverified)");
    }
}
