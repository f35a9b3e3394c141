package app.pli.cli.contacts;

import app.pli.messenger.api.ContactInfo;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Set;

/**
 * How the command line shows a contact. {@code trust} says how its keys were learned and
 * checked ({@code verified} in person, {@code introduced} by {@code introduced_by}, or the
 * states of an introduction in progress); {@code state} is the same value, kept for
 * scripts written before trust levels. {@code introduced_by} is present for a contact
 * introduced by another (also once verified later), {@code code} (the 4 digits this side
 * tells the other) only while codes are to be compared, and {@code reason} (why the
 * introduction failed) only in state {@code failed}; JSON omits each otherwise.
 */
public record ContactView(String name, String fingerprint, boolean verified, String state, String trust,
        @JsonInclude(JsonInclude.Include.NON_NULL) String introducedBy,
        @JsonInclude(JsonInclude.Include.NON_NULL) String code,
        @JsonInclude(JsonInclude.Include.NON_NULL) String reason) {
    /** The states in which this side's code is shown. */
    private static final Set<String> COMPARING = Set.of("awaiting-code", "unverified");

    /** The view of {@code info}. */
    public static ContactView of(ContactInfo info) {
        String code = COMPARING.contains(info.state()) ? info.code().orElse(null) : null;
        return new ContactView(info.name(), info.fingerprint(), info.verified(), info.state(), info.state(),
                info.introducedBy().orElse(null), code, info.failure().orElse(null));
    }

    /** Whether this contact waits for the two people to compare codes. */
    public boolean awaitsComparison() {
        return code != null;
    }

    /** What went wrong with this contact's introduction, and what to do, for people; null unless it failed. */
    public String failureHint() {
        return reason == null ? null : name + ": the introduction failed: " + reason + "; remove it with pli contacts"
                + " remove " + CommandWord.quoted(name) + " and meet again with a new invitation";
    }

    /** What to do next to verify this contact, for people. */
    public String comparisonHint() {
        return "tell " + name + " your code " + code + ", then type theirs: pli verify " + CommandWord.quoted(name) + " CODE";
    }
}
