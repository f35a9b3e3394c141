/**
 * The introduction in person: {@code pli invite}, {@code pli accept} and {@code pli verify},
 * and the interactive comparison of the two 4-digit codes that invite and accept run when
 * they wait for the other side.
 */
package app.pli.cli.intro;
