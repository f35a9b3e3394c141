/** Messaging commands: {@code send}, {@code messages}, {@code daemon}, {@code chat}. */
package app.pli.cli.message;
