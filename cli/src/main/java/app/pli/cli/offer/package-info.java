/** {@code pli introduce} and {@code pli offers}: introductions by a mutual contact. */
package app.pli.cli.offer;
