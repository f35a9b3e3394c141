package app.pli.core.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.testing.TestVectors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One Wycheproof vector file, run case by case: every failure is collected with its tcId,
 * a summary line with the count is printed, and the run fails unless every one of the file's
 * {@code numberOfTests} cases ran and passed.
 */
final class WycheproofFile {
    /** Checks one case; throws (an assertion or any exception) when the case fails. */
    @FunctionalInterface
    interface CaseCheck {
        void check(JsonNode group, JsonNode test) throws Exception;
    }

    private final String name;
    private final JsonNode root;

    private WycheproofFile(String name, JsonNode root) {
        this.name = name;
        this.root = root;
    }

    /** The file {@code wycheproof/<name>}; skips the test when the vectors are absent. */
    static WycheproofFile load(String name) throws IOException {
        return new WycheproofFile(name, new ObjectMapper().readTree(
                TestVectors.require("wycheproof/" + name).toFile()));
    }

    /** Runs {@code check} on every case, prints the summary line and asserts all passed. */
    void runAll(CaseCheck check) {
        int run = 0;
        List<String> failures = new ArrayList<>();
        for (JsonNode group : root.get("testGroups")) {
            for (JsonNode test : group.get("tests")) {
                run++;
                try {
                    check.check(group, test);
                } catch (AssertionError | Exception e) {
                    failures.add("tcId " + test.get("tcId").asInt() + " (" + test.get("result").asText()
                            + ", " + test.path("comment").asText() + "): " + e);
                }
            }
        }
        System.out.println("Wycheproof " + name + ": " + run + " cases run, " + (run - failures.size()) + " passed");
        assertEquals(root.get("numberOfTests").asInt(), run, name + ": cases run");
        assertTrue(failures.isEmpty(), name + ": " + failures.size() + " failed:\n" + String.join("\n", failures));
    }

    /** The bytes of hex field {@code field} of {@code node}. */
    static byte[] hex(JsonNode node, String field) {
        return HexFormat.of().parseHex(node.get(field).asText());
    }

    static boolean isValid(JsonNode test) {
        return "valid".equals(test.get("result").asText());
    }

    static boolean isInvalid(JsonNode test) {
        return "invalid".equals(test.get("result").asText());
    }

    static boolean hasFlag(JsonNode test, String flag) {
        for (JsonNode f : test.get("flags")) {
            if (flag.equals(f.asText())) {
                return true;
            }
        }
        return false;
    }
}
