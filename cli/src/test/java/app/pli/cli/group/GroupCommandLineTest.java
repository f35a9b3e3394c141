package app.pli.cli.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.cli.ExitCodes;
import app.pli.cli.PliCommandLine;
import app.pli.cli.message.MessageView;
import app.pli.cli.output.Output;
import app.pli.messenger.api.GroupDetails;
import app.pli.messenger.api.GroupInfo;
import app.pli.messenger.api.MessageInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The group commands' JSON contract and the command-line rules that need no profile. */
class GroupCommandLineTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PliCommandLine.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void listAndShowPrintTheContractFields() {
        GroupInfo info = new GroupInfo("0123456789abcdef0123456789abcdef", "Cabinet", "invited", "member", 3);
        assertEquals("{\"id\":\"0123456789abcdef0123456789abcdef\",\"name\":\"Cabinet\",\"state\":\"invited\","
                + "\"role\":\"member\",\"members\":3}", Output.toJson(GroupView.of(info)));
        GroupDetails details = new GroupDetails(info, 2, List.of(new GroupDetails.Member("Alicia", "admin", "verified"),
                new GroupDetails.Member("Bertrand", "member", "me")));
        assertEquals("{\"id\":\"0123456789abcdef0123456789abcdef\",\"name\":\"Cabinet\",\"version\":2,"
                + "\"state\":\"invited\",\"role\":\"member\",\"members\":[{\"name\":\"Alicia\",\"role\":\"admin\","
                + "\"trust\":\"verified\"},{\"name\":\"Bertrand\",\"role\":\"member\",\"trust\":\"me\"}]}",
                Output.toJson(GroupDetailsView.of(details)));
    }

    @Test
    void aGroupMessageNamesItsGroupAndMyCopiesStatusPerMember() {
        Instant at = Instant.parse("2030-01-02T03:04:05Z");
        MessageInfo mine = new MessageInfo("ab".repeat(16), "Cabinet", true, "hi", at, "sent",
                Optional.of("Cabinet"), List.of(new MessageInfo.Delivery("Alicia", "delivered"),
                        new MessageInfo.Delivery("Carolina", "sent")));
        String json = Output.toJson(MessageView.of(mine));
        assertTrue(json.contains("\"from\":\"me\",\"to\":\"Cabinet\""), json);
        assertTrue(json.contains("\"group\":\"Cabinet\",\"deliveries\":[{\"member\":\"Alicia\",\"status\":\"delivered\"},"
                + "{\"member\":\"Carolina\",\"status\":\"sent\"}]"), json);
        MessageInfo theirs = new MessageInfo("cd".repeat(16), "Alicia", false, "hello", at, "received",
                Optional.of("Cabinet"), List.of());
        String incoming = Output.toJson(MessageView.of(theirs));
        assertTrue(incoming.contains("\"from\":\"Alicia\",\"to\":\"Cabinet\""), incoming);
        assertTrue(!incoming.contains("deliveries"), incoming);
        MessageInfo direct = new MessageInfo("ef".repeat(16), "Bob", true, "1:1", at, "queued");
        String oneToOne = Output.toJson(MessageView.of(direct));
        assertTrue(!oneToOne.contains("group") && !oneToOne.contains("deliveries"), oneToOne);
    }

    @Test
    void aConversationIsAContactOrAGroupNeverBoth() {
        assertEquals(ExitCodes.USAGE, run("--home", "/nonexistent/pli", "messages"));
        assertTrue(err.toString().contains("name a CONTACT, or a group with --group GROUP"), err.toString());
        assertEquals(ExitCodes.USAGE, run("--home", "/nonexistent/pli", "chat", "Bob", "--group", "Cabinet"));
        assertEquals(ExitCodes.USAGE, run("--home", "/nonexistent/pli", "send", "Bob"));
        assertTrue(err.toString().contains("give the message"), err.toString());
        assertEquals(ExitCodes.USAGE, run("--home", "/nonexistent/pli", "group"));
        assertTrue(err.toString().contains("name a subcommand"), err.toString());
        assertEquals(ExitCodes.USAGE, run("--home", "/nonexistent/pli", "group", "add", "Cabinet"));
        assertTrue(!err.toString().contains("\tat "), err.toString());
    }
}
