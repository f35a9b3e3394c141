package app.pli.cli.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

/**
 * The one formatter every command prints through, so each gets {@code --json} the same way.
 *
 * <p>In JSON mode a result is one JSON document on one line (records and maps, field names
 * in snake_case); in text mode it is the text the command renders. Progress notes go to
 * stdout in text mode and are dropped in JSON mode, so JSON output stays parseable; events
 * (one JSON line each, before the result) are the JSON mode's progress notes.
 *
 * <p>Quiet ({@code --quiet}) drops the notes too; commands ask {@link #quiet()} to leave the
 * hints out of their results, and a result whose text is then empty prints nothing.
 */
public final class Output {
    /** Jackson, loaded on first use only: a text-mode command never pays its start (~0.1 s). */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper()
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    private final PrintWriter out;
    private final boolean json;
    private final boolean quiet;

    public Output(PrintWriter out, boolean json) {
        this(out, json, false);
    }

    /** An output that, when {@code quiet}, prints results only: no notes, and empty texts not at all. */
    public Output(PrintWriter out, boolean json, boolean quiet) {
        this.out = out;
        this.json = json;
        this.quiet = quiet;
    }

    /** Whether this output prints JSON. */
    public boolean json() {
        return json;
    }

    /** Whether informational output (hints, notes, progress bars, advice) is to be left out. */
    public boolean quiet() {
        return quiet;
    }

    /** Prints a command's result: {@code value} as JSON, or the rendered {@code text}. */
    public void result(Object value, Supplier<String> text) {
        String line = json ? toJson(value) : text.get();
        if (quiet && line.isEmpty()) {
            return; // e.g. an empty list: without its "no ... yet" hint there is nothing to say
        }
        out.println(line);
        out.flush();
    }

    /** Prints an event ahead of the result as one line of JSON (progress for scripts); silent in text mode. */
    public void event(Object value) {
        if (json) {
            out.println(toJson(value));
            out.flush();
        }
    }

    /** Prints a progress note for people; silent in JSON mode and when quiet. */
    public void note(String text) {
        if (!json && !quiet) {
            out.println(text);
            out.flush();
        }
    }

    /** {@code value} as one line of JSON. */
    public static String toJson(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
