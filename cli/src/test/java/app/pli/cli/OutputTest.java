package app.pli.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.pli.cli.output.Output;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class OutputTest {
    record Sample(String relayAddress, double blocksPerSecond) {}

    @Test
    void jsonModePrintsSnakeCaseOnOneLineAndDropsNotes() {
        StringWriter sink = new StringWriter();
        Output out = new Output(new PrintWriter(sink), true);
        out.note("working...");
        out.result(new Sample("pli-relay://h:1/k", 2.5), () -> "text");
        assertEquals("{\"relay_address\":\"pli-relay://h:1/k\",\"blocks_per_second\":2.5}" + System.lineSeparator(),
                sink.toString());
    }

    @Test
    void textModePrintsNotesAndRenderedText() {
        StringWriter sink = new StringWriter();
        Output out = new Output(new PrintWriter(sink), false);
        out.note("working...");
        out.result(new Sample("a", 1), () -> "done");
        assertEquals("working..." + System.lineSeparator() + "done" + System.lineSeparator(), sink.toString());
    }
}
