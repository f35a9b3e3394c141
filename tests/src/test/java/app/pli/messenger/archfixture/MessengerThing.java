package app.pli.messenger.archfixture;

/** Fixture that breaks the rules on purpose: the messenger reaching up into the cli. */
public class MessengerThing {
    public static Object reachCli() {
        return new app.pli.cli.archfixture.CliThing();
    }
}
