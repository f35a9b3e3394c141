/** {@code pli demo}: the whole product in a few seconds, in a temporary folder. */
package app.pli.cli.demo;
