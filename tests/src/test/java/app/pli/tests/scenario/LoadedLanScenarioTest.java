package app.pli.tests.scenario;

import app.pli.tests.load.Soak;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The LAN scenario on a machine that is too slow: both cores busy for the whole run
 * ({@code lan.sh --load}), Alice's daemon suspended for 15 s just when Bob accepts her
 * invitation (it serves the invitation's endpoint), and Bob's daemon suspended for 15 s
 * while Alice sends ({@code --freeze 15}). The introduction and every message must still
 * get through, once each. One run in the default build; {@code -Psoak} runs it ten times.
 */
class LoadedLanScenarioTest {
    /** A bound against a hung run, far above the loaded scenario's own deadlines. */
    private static final Duration RUN_LIMIT = Duration.ofMinutes(10);
    private static final String FREEZE_SECONDS = "15";

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> aSlowAndSuspendedTeamStillMeetsAndMessages() {
        List<String> steps = new ArrayList<>(LanScenarioTest.STEPS);
        steps.add(1, "ok: load:");
        steps.add(4, "ok: Alice's daemon stopped (SIGSTOP) for " + FREEZE_SECONDS + " s");
        steps.add(8, "ok: Bob's daemon stopped (SIGSTOP) for " + FREEZE_SECONDS + " s");
        return IntStream.rangeClosed(1, Soak.runs()).mapToObj(run -> DynamicTest.dynamicTest("loaded run " + run,
                () -> {
                    long start = System.nanoTime();
                    LanScript.runAndCheck(dir.resolve("lan-loaded-" + run + ".txt"), RUN_LIMIT, steps,
                            "--load", "--freeze", FREEZE_SECONDS);
                    System.out.printf("loaded LAN scenario, run %d of %d: passed in %.1f s%n", run, Soak.runs(),
                            (System.nanoTime() - start) / 1e9);
                }));
    }
}
