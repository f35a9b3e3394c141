/** {@code pli files ...}: listing, fetching and saving the files messages carry, and their progress display. */
package app.pli.cli.files;
