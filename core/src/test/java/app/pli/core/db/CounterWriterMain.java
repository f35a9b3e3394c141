package app.pli.core.db;

import app.pli.core.error.PliException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * Child process for cross-process write tests: opens the database given as the first
 * argument with {@link CounterSchema}, prints {@code READY}, performs as many increments as
 * the third argument says under the writer name of the second, then prints {@code DONE}.
 * Any failure ends the process with a non-zero code and the error on standard error.
 */
public final class CounterWriterMain {
    private CounterWriterMain() {}

    public static void main(String[] args) throws PliException {
        Path file = Path.of(args[0]);
        String writer = args[1];
        int count = Integer.parseInt(args[2]);
        DatabaseOptions options = DatabaseOptions.defaults().withBusyTimeout(Duration.ofSeconds(60));
        try (Database db = Database.open(file, List.of(CounterSchema.OWNER), options)) {
            System.out.println("READY");
            System.out.flush();
            for (int i = 0; i < count; i++) {
                CounterSchema.increment(db, writer, i);
            }
        }
        System.out.println("DONE");
        System.out.flush();
    }
}
