/** {@code pli contacts}: list, rename and remove contacts. */
package app.pli.cli.contacts;
