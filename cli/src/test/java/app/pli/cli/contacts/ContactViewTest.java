package app.pli.cli.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.cli.output.Output;
import app.pli.messenger.api.ContactInfo;
import app.pli.messenger.api.IntroductionHandle;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContactViewTest {
    private static ContactInfo contact(String name, String state, boolean verified, Optional<String> code) {
        return new ContactInfo(name, "01234 56789", verified, state, code, new IntroductionHandle(7),
                Optional.empty(), Optional.empty());
    }

    @Test
    void aFailedContactShowsWhyAndWhatToDo() {
        ContactInfo failed = new ContactInfo("pending contact", "", false, "failed", Optional.empty(),
                new IntroductionHandle(7), Optional.of("no reply came from the person who made the invitation"),
                Optional.empty());
        ContactView view = ContactView.of(failed);
        assertEquals("{\"name\":\"pending contact\",\"fingerprint\":\"\",\"verified\":false,\"state\":\"failed\","
                + "\"trust\":\"failed\",\"reason\":\"no reply came from the person who made the invitation\"}",
                Output.toJson(view));
        String table = ContactTable.render(List.of(view));
        assertTrue(table.contains("pending contact: the introduction failed: no reply came from the person who made"
                + " the invitation; remove it with pli contacts remove 'pending contact'"), table);
    }

    @Test
    void anIntroducedContactSaysByWhom() {
        ContactInfo introduced = new ContactInfo("Carolina", "01234 56789", false, "introduced", Optional.empty(),
                new IntroductionHandle(0), Optional.empty(), Optional.of("Alicia"));
        assertEquals("{\"name\":\"Carolina\",\"fingerprint\":\"01234 56789\",\"verified\":false,"
                + "\"state\":\"introduced\",\"trust\":\"introduced\",\"introduced_by\":\"Alicia\"}",
                Output.toJson(ContactView.of(introduced)));
        assertTrue(ContactTable.render(List.of(ContactView.of(introduced))).contains("(introduced by Alicia)"));
    }

    @Test
    void codeIsShownWhileCodesAreToBeCompared() {
        assertEquals("{\"name\":\"Bob\",\"fingerprint\":\"01234 56789\",\"verified\":false,"
                        + "\"state\":\"awaiting-code\",\"trust\":\"awaiting-code\",\"code\":\"0427\"}",
                Output.toJson(ContactView.of(contact("Bob", "awaiting-code", false, Optional.of("0427")))));
        assertEquals("0427", ContactView.of(contact("Bob", "unverified", false, Optional.of("0427"))).code());
    }

    @Test
    void codeIsOmittedOnceVerifiedOrWhilePending() {
        assertEquals("{\"name\":\"Bob\",\"fingerprint\":\"01234 56789\",\"verified\":true,\"state\":\"verified\","
                + "\"trust\":\"verified\"}",
                Output.toJson(ContactView.of(contact("Bob", "verified", true, Optional.of("0427")))));
        assertEquals(null, ContactView.of(contact("Bob", "pending", false, Optional.empty())).code());
    }

    @Test
    void tableAlignsAndTellsWhatToDoNext() {
        String table = ContactTable.render(List.of(
                ContactView.of(contact("Bob Smith", "awaiting-code", false, Optional.of("0427"))),
                ContactView.of(contact("Al", "verified", true, Optional.empty()))));
        String[] lines = table.split(System.lineSeparator());
        assertEquals("NAME       STATE          CODE  FINGERPRINT", lines[0]);
        assertEquals("Bob Smith  awaiting-code  0427  01234 56789", lines[1]);
        assertEquals("Al         verified             01234 56789", lines[2]);
        assertEquals("tell Bob Smith your code 0427, then type theirs: pli verify 'Bob Smith' CODE", lines[3]);
        assertTrue(ContactTable.render(List.of()).startsWith("no contacts yet"));
    }

    @Test
    void shellWordsAreQuotedOnlyWhenNeeded() {
        assertEquals("Bob", CommandWord.quoted("Bob"));
        assertEquals("'O'\\''Neil'", CommandWord.quoted("O'Neil"));
        assertEquals("'$x'", CommandWord.quoted("$x"));
    }
}
