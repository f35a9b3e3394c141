package app.pli.tests.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What {@code pli messages CONTACT --json} printed, read as a test needs it: the texts one
 * side wrote, in the order shown, and checks that every message is well formed and shown
 * once.
 *
 * @param messages the JSON objects, oldest first
 */
record Conversation(List<JsonNode> messages) {
    static final String ME = "me";

    /** The texts whose {@code from} is {@code sender} ("me" or the contact's name), in the order shown. */
    List<String> textsFrom(String sender) {
        return messages.stream().filter(m -> sender.equals(m.path("from").asText())).map(m -> m.path("text").asText())
                .toList();
    }

    /** The messages whose {@code from} is {@code sender} and whose text matches. */
    List<JsonNode> from(String sender, Predicate<String> text) {
        return messages.stream().filter(m -> sender.equals(m.path("from").asText()))
                .filter(m -> text.test(m.path("text").asText())).toList();
    }

    /** The ids of the messages whose {@code from} is {@code sender}, in the order shown. */
    List<String> idsFrom(String sender) {
        return messages.stream().filter(m -> sender.equals(m.path("from").asText())).map(m -> m.path("id").asText())
                .toList();
    }

    /** Whether every message of mine shows {@code status}. */
    boolean allMineAre(String status) {
        return messages.stream().filter(m -> ME.equals(m.path("from").asText()))
                .allMatch(m -> status.equals(m.path("status").asText()));
    }

    /**
     * Every message has the documented fields (an id shown once, {@code from}, {@code to}, an
     * ISO-8601 {@code sent_at}, a status that fits its direction) and between me and
     * {@code contact}.
     */
    void assertWellFormed(String contact) {
        Set<String> ids = new HashSet<>();
        for (JsonNode m : messages) {
            assertTrue(ids.add(m.path("id").asText()), () -> "message id shown twice: " + m);
            assertTrue(m.path("id").asText().matches("[0-9a-f]{16,}"), m::toString);
            Instant.parse(m.path("sent_at").asText());
            boolean mine = ME.equals(m.path("from").asText());
            assertEquals(mine ? contact : ME, m.path("to").asText(), m::toString);
            if (!mine) {
                assertEquals(contact, m.path("from").asText(), m::toString);
                assertEquals("received", m.path("status").asText(), m::toString);
            } else {
                assertTrue(Set.of("queued", "sent", "delivered").contains(m.path("status").asText()), m::toString);
            }
        }
    }
}
