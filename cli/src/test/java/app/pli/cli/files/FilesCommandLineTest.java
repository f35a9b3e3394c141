package app.pli.cli.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.cli.ExitCodes;
import app.pli.cli.PliCommandLine;
import app.pli.cli.message.MessageView;
import app.pli.cli.output.Output;
import app.pli.messenger.api.FileInfo;
import app.pli.messenger.api.MessageInfo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The files' JSON contract, their progress lines, and the command-line rules that need no profile. */
class FilesCommandLineTest {
    private static final String HOME = "/nonexistent/pli";

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return PliCommandLine.create(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private static FileInfo received(String state, double progress, Optional<String> reason) {
        return new FileInfo("0123456789abcdef", "ab".repeat(16), "report.pdf", 1_258_291, Optional.of("Bob"), state,
                progress, reason);
    }

    @Test
    void aFilePrintsTheContractFields() {
        assertEquals("{\"id\":\"0123456789abcdef\",\"message_id\":\"" + "ab".repeat(16) + "\",\"name\":\"report.pdf\","
                + "\"size\":1258291,\"from\":\"Bob\",\"state\":\"offered\",\"progress\":0.0,\"reason\":null}",
                Output.toJson(FileView.of(received("offered", 0, Optional.empty()))));
        FileView sent = FileView.of(new FileInfo("fedcba9876543210", "cd".repeat(16), "a.txt", 12, Optional.empty(),
                "failed", 0.5, Optional.of("the relay is full")));
        assertTrue(Output.toJson(sent).contains("\"from\":null,\"state\":\"failed\",\"progress\":0.5,"
                + "\"reason\":\"the relay is full\""), Output.toJson(sent));
        assertEquals("0123456789abcdef  downloading  42%  1.2 MiB  report.pdf  from Bob",
                FileView.of(received("downloading", 0.425, Optional.empty())).line());
    }

    @Test
    void aMessageListsItsFilesAlwaysInJsonAndUnderItInText() {
        Instant at = Instant.parse("2030-01-02T03:04:05Z");
        MessageInfo plain = new MessageInfo("ef".repeat(16), "Bob", true, "hi", at, "sent");
        String json = Output.toJson(MessageView.of(plain));
        assertTrue(json.endsWith(",\"files\":[]}"), json);
        MessageInfo carrying = plain.withFiles(List.of(new MessageInfo.Attachment("0123456789abcdef", "report.pdf",
                1_258_291, "uploading")));
        MessageView view = MessageView.of(carrying);
        assertTrue(Output.toJson(view).endsWith(",\"files\":[{\"id\":\"0123456789abcdef\",\"name\":\"report.pdf\","
                + "\"size\":1258291,\"state\":\"uploading\"}]}"), Output.toJson(view));
        assertTrue(view.line(carrying).endsWith(System.lineSeparator()
                + "  📎 report.pdf (1.2 MiB, uploading) [0123456789abcdef]"), view.line(carrying));
    }

    @Test
    void progressLinesComeAtMostFourTimesASecondPerFileAndAlwaysAtTheEnd() {
        AtomicLong clock = new AtomicLong();
        ProgressLines lines = new ProgressLines(new Output(new PrintWriter(out, true), true), clock::get);
        FileInfo file = received("downloading", 0, Optional.empty());
        lines.recorded("ab".repeat(16), List.of(file));
        lines.progressed(file, 1000);
        lines.progressed(file, 2000);
        clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(250));
        lines.progressed(file, 3000);
        lines.progressed(file, file.size());
        String[] printed = out.toString().split("\\R");
        assertEquals(4, printed.length, out.toString());
        assertTrue(printed[0].startsWith("{\"event\":\"recorded\",\"id\":\"" + "ab".repeat(16)
                + "\",\"files\":[{\"id\":\"0123456789abcdef\","), printed[0]);
        assertEquals("{\"event\":\"progress\",\"file_id\":\"0123456789abcdef\",\"name\":\"report.pdf\",\"bytes\":1000,"
                + "\"size\":1258291}", printed[1]);
        assertTrue(printed[2].contains("\"bytes\":3000,"), printed[2]);
        assertTrue(printed[3].contains("\"bytes\":1258291,"), printed[3]);
    }

    @Test
    void sendNeedsTextOrAFile() {
        assertEquals(ExitCodes.USAGE, run("--home", HOME, "send", "Bob"));
        assertTrue(err.toString().contains("give the message after the contact's name, or a file with --file PATH"),
                err.toString());
        assertEquals(ExitCodes.USAGE, run("--home", HOME, "send", "--group", "Cabinet"));
        assertEquals(ExitCodes.USAGE, run("--home", HOME, "send"));
        assertTrue(err.toString().contains("name a CONTACT, or a group with --group GROUP"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void progressJsonNeedsJson() {
        assertEquals(ExitCodes.USAGE, run("--home", HOME, "send", "Bob", "-f", "report.pdf", "--progress-json"));
        assertTrue(err.toString().contains("--progress-json needs --json"), err.toString());
        assertEquals("", out.toString());
    }

    @Test
    void aBadAutoDownloadSizeIsAUsageError() {
        assertEquals(ExitCodes.USAGE, run("--home", HOME, "files", "auto-download", "12XB"));
        String e = err.toString();
        assertTrue(e.startsWith("pli: ") && e.contains("'12XB' is not a size"), e);
        assertFalse(e.contains("\tat "), e);
    }

    @Test
    void filesTakesThePassphraseOptionsAndOnlyItsSubcommands() {
        assertEquals(0, run("files", "get", "--help"));
        assertTrue(out.toString().contains("--passphrase-file"), out.toString());
        assertEquals(ExitCodes.USAGE, run("--home", HOME, "files", "fetch", "0123"));
    }
}
