/** Commands about the profile itself: {@code pli init} and {@code pli id}. */
package app.pli.cli.profile;
