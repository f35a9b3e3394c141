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
 */
public final class Output {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private final PrintWriter out;
    private final boolean json;

    public Output(PrintWriter out, boolean json) {
        this.out = out;
        this.json = json;
    }

    /** Whether this output prints JSON. */
    public boolean json() {
        return json;
    }

    /** Prints a command's result: {@code value} as JSON, or the rendered {@code text}. */
    public void result(Object value, Supplier<String> text) {
        out.println(json ? toJson(value) : text.get());
        out.flush();
    }

    /** Prints an event ahead of the result as one line of JSON (progress for scripts); silent in text mode. */
    public void event(Object value) {
        if (json) {
            out.println(toJson(value));
            out.flush();
        }
    }

    /** Prints a progress note for people; silent in JSON mode. */
    public void note(String text) {
        if (!json) {
            out.println(text);
            out.flush();
        }
    }

    /** {@code value} as one line of JSON. */
    public static String toJson(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
