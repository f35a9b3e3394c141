/** Routes: how the other side of a relationship reaches a mailbox (relay) or an endpoint (LAN). */
package app.pli.identity.route;
