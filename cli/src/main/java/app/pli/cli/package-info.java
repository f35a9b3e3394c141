/**
 * The {@code pli} command line: parses, calls the Messenger API, prints through
 * {@link app.pli.cli.output.Output}. It holds no protocol logic.
 */
package app.pli.cli;
