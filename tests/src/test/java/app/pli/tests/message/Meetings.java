package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * Two profiles meeting in person through their relay as users type it ({@code invite
 * --no-wait}, {@code accept --no-wait}, syncs, {@code verify} on both sides), for scenarios
 * where a profile has several contacts.
 */
final class Meetings {
    private static final int MAX_ROUNDS = 3;

    private Meetings() {}

    /** Introduces the two in person; each ends with the other verified under its shared name. */
    static void meet(PliProfile inviter, String inviterName, PliProfile invitee, String inviteeName)
            throws Exception {
        String code = inviter.json("invite", "--no-wait", "--json").path("code").asText();
        invitee.json("accept", code, "--no-wait", "--json");
        for (int round = 1; round <= MAX_ROUNDS
                && !(awaitsCode(inviter, inviteeName) && awaitsCode(invitee, inviterName)); round++) {
            inviter.sync();
            invitee.sync();
        }
        String inviterCode = contact(invitee, inviterName).orElseThrow().path("code").asText();
        String inviteeCode = contact(inviter, inviteeName).orElseThrow().path("code").asText();
        assertEquals(inviteeName + " is now verified in person", inviter.ok("verify", inviteeName, inviterCode).strip());
        assertEquals(inviterName + " is now verified in person", invitee.ok("verify", inviterName, inviteeCode).strip());
    }

    /**
     * As {@link #meet}, over a direct LAN connection on {@code address} ({@code invite --lan}),
     * for profiles whose daemons run there: the daemons advance the introduction.
     */
    static void meetOnLan(PliProfile inviter, String inviterName, PliProfile invitee, String inviteeName,
            String address) throws Exception {
        String code = inviter.json("invite", "--lan", "--no-wait", "--json", "--interface", address)
                .path("code").asText();
        invitee.json("accept", code, "--no-wait", "--json");
        Liveness.await(inviterName + " and " + inviteeName + " have codes to compare",
                () -> awaitsCode(inviter, inviteeName) && awaitsCode(invitee, inviterName));
        String inviterCode = contact(invitee, inviterName).orElseThrow().path("code").asText();
        String inviteeCode = contact(inviter, inviteeName).orElseThrow().path("code").asText();
        inviter.ok("verify", inviteeName, inviterCode);
        invitee.ok("verify", inviterName, inviteeCode);
    }

    /** The contact named {@code name} in {@code profile}'s {@code contacts --json}, if any. */
    static Optional<JsonNode> contact(PliProfile profile, String name) throws Exception {
        JsonNode contacts = profile.json("contacts", "--json");
        assertTrue(contacts.isArray(), contacts::toString);
        for (JsonNode contact : contacts) {
            if (contact.path("name").asText().equals(name)) {
                return Optional.of(contact);
            }
        }
        return Optional.empty();
    }

    private static boolean awaitsCode(PliProfile profile, String name) throws Exception {
        return contact(profile, name).map(c -> c.path("state").asText().equals("awaiting-code")).orElse(false);
    }
}
