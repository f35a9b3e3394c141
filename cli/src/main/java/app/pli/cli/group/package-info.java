/** {@code pli group ...}: creating, changing, answering, listing and showing groups. */
package app.pli.cli.group;
