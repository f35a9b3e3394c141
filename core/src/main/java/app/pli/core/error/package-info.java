/** Error types shared by every module; each message is one printable line with no secret in it. */
package app.pli.core.error;
