package app.pli.cli;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * Options every command accepts, before or after the subcommand name: where the profile
 * lives, whether to print JSON, and whether to leave out informational output.
 *
 * <p>The home directory is, in order: {@code --home}, {@code PLI_HOME},
 * {@code $XDG_DATA_HOME/pli}, {@code ~/.local/share/pli}.
 */
public final class GlobalOptions {
    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Profile directory (default: $PLI_HOME, else the XDG data directory 'pli').")
    Path home;

    @Option(names = "--json", scope = ScopeType.INHERIT,
            description = "Print machine-readable JSON instead of text.")
    boolean json;

    @Option(names = "--quiet", scope = ScopeType.INHERIT,
            description = "Print only results and errors: no hints, progress notes, progress bars or advice.")
    boolean quiet;

    /** Whether output should be JSON. */
    public boolean json() {
        return json;
    }

    /** Whether informational output (hints, progress, advice) should be left out. */
    public boolean quiet() {
        return quiet;
    }

    /** The profile directory chosen by option, environment or the XDG default. */
    public Path home() {
        return home != null ? home : defaultDataDirectory(System.getenv(), "pli");
    }

    /** {@code $PLI_HOME} for "pli", else the XDG data directory named {@code name}. */
    static Path defaultDataDirectory(Map<String, String> env, String name) {
        String pliHome = env.get("PLI_HOME");
        if ("pli".equals(name) && pliHome != null && !pliHome.isBlank()) {
            return Path.of(pliHome);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, name);
        }
        return Path.of(System.getProperty("user.home"), ".local", "share", name);
    }
}
