/**
 * {@code pli completion}: shell completion scripts (bash, zsh, fish) generated from picocli's
 * model of the command tree.
 */
package app.pli.cli.completion;
