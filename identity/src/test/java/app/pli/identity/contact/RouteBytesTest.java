package app.pli.identity.contact;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import app.pli.identity.route.DiscoveryRoute;
import app.pli.identity.route.LanRoute;
import app.pli.identity.route.RelayRoute;
import app.pli.identity.route.Route;
import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** The canonical route encoding: round trips, and refuses every other byte string. */
class RouteBytesTest {
    @Property(tries = 300)
    void relayRoutesRoundTrip(@ForAll @StringLength(min = 1, max = 400) String address,
            @ForAll @Size(16) byte[] depositId) throws Exception {
        Route route = new RelayRoute(address.replace('\ud800', 'x').replace('\udc00', 'y'), depositId);
        byte[] encoded = encodeOrSkip(route);
        if (encoded != null) {
            assertEquals(route, RouteBytes.decode(encoded));
            assertArrayEquals(encoded, RouteBytes.encode(RouteBytes.decode(encoded)));
        }
    }

    @Property(tries = 300)
    void lanRoutesRoundTrip(@ForAll @AlphaChars @StringLength(min = 1, max = 253) String host,
            @ForAll @IntRange(min = 1, max = 65535) int port) throws Exception {
        Route route = new LanRoute(host, port);
        assertEquals(route, RouteBytes.decode(RouteBytes.encode(route)));
    }

    @Test
    void theDiscoveryRouteIsThreeBytesAndNothingElse() throws Exception {
        assertArrayEquals(new byte[] {3, 0, 0}, RouteBytes.encode(DiscoveryRoute.INSTANCE));
        assertEquals(DiscoveryRoute.INSTANCE, RouteBytes.decode(new byte[] {3, 0, 0}));
        assertThrows(MalformedRouteException.class, () -> RouteBytes.decode(new byte[] {3, 0, 1, 'x'}));
        assertThrows(MalformedRouteException.class, () -> RouteBytes.decode(new byte[] {3, 0, 0, 0}));
    }

    @Property(tries = 500)
    void arbitraryBytesDecodeToARouteOrARefusal(@ForAll @Size(max = 64) byte[] bytes) {
        try {
            Route route = RouteBytes.decode(bytes);
            assertArrayEquals(bytes, RouteBytes.encode(route), "only canonical encodings decode");
        } catch (MalformedRouteException expected) {
            assertEquals(MalformedRouteException.class, expected.getClass());
        }
    }

    @Test
    void truncatedExtendedAndInvalidEncodingsAreRefused() {
        byte[] good = RouteBytes.encode(new LanRoute("192.0.2.1", 7700));
        assertThrows(MalformedRouteException.class, () -> RouteBytes.decode(Arrays.copyOf(good, good.length - 1)));
        assertThrows(MalformedRouteException.class, () -> RouteBytes.decode(Arrays.copyOf(good, good.length + 1)));
        byte[] portZero = good.clone();
        portZero[portZero.length - 1] = 0;
        portZero[portZero.length - 2] = 0;
        assertThrows(MalformedRouteException.class, () -> RouteBytes.decode(portZero));
        byte[] unknownKind = good.clone();
        unknownKind[0] = 9;
        assertThrows(MalformedRouteException.class, () -> RouteBytes.decode(unknownKind));
        assertThrows(MalformedRouteException.class, () -> RouteBytes.decode(new byte[] {2, 0, 1, (byte) 0xC0, 0, 1}));
        assertThrows(MalformedRouteException.class, () -> RouteBytes.decode(new byte[RouteBytes.MAX_BYTES + 1]));
    }

    private static byte[] encodeOrSkip(Route route) {
        try {
            return RouteBytes.encode(route);
        } catch (IllegalArgumentException unpairedSurrogate) {
            return null;
        }
    }
}
