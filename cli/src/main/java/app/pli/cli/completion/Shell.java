package app.pli.cli.completion;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine;

/** The shells {@code pli completion} writes a script for, each with its generator. */
public enum Shell {
    BASH(BashCompletion::script),
    ZSH(ZshCompletion::script),
    FISH(FishCompletion::script);

    /** The name the scripts complete and register: the command as users type it. */
    static final String COMMAND = "pli";

    private final Function<CommandLine, String> generator;

    Shell(Function<CommandLine, String> generator) {
        this.generator = generator;
    }

    /** The completion script for the command tree rooted at {@code root}. */
    public String script(CommandLine root) {
        return generator.apply(root);
    }

    /** The shell called {@code name} (any case), if Pli knows it. */
    public static Optional<Shell> named(String name) {
        return Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The shells' names as typed on the command line. */
    public static List<String> names() {
        return Arrays.stream(values()).map(s -> s.name().toLowerCase(Locale.ROOT)).toList();
    }

    /** The shell names, as picocli completion candidates (so the scripts complete them too). */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names().iterator();
        }
    }
}
