package app.pli.transport.lan.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordEndpointTest {
    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    @Test
    void prefersTheFamilyOfTheListeningAddress() throws UnknownHostException {
        List<InetAddress> both = List.of(ip("fd00::7"), ip("192.0.2.7"));
        assertEquals(Optional.of(new InetSocketAddress(ip("192.0.2.7"), 4000)),
                new RecordEndpoint(ip("192.0.2.1"), null).choose(4000, both));
        assertEquals(Optional.of(new InetSocketAddress(ip("fd00::7"), 4000)),
                new RecordEndpoint(ip("fd00::1"), null).choose(4000, both));
    }

    @Test
    void fallsBackToTheOtherFamily() throws UnknownHostException {
        assertEquals(Optional.of(new InetSocketAddress(ip("fd00::7"), 4000)),
                new RecordEndpoint(ip("192.0.2.1"), null).choose(4000, List.of(ip("fd00::7"))));
    }

    @Test
    void acceptsLoopbackOnlyWhenListeningOnLoopback() throws UnknownHostException {
        List<InetAddress> loopbackOnly = List.of(ip("127.0.0.1"), ip("::1"));
        assertEquals(Optional.empty(), new RecordEndpoint(ip("192.0.2.1"), null).choose(4000, loopbackOnly));
        assertEquals(Optional.of(new InetSocketAddress(ip("127.0.0.1"), 4000)),
                new RecordEndpoint(ip("127.0.0.1"), null).choose(4000, loopbackOnly));
    }

    @Test
    void refusesBadPortsAndUnusableAddresses() throws UnknownHostException {
        RecordEndpoint endpoints = new RecordEndpoint(ip("192.0.2.1"), null);
        assertEquals(Optional.empty(), endpoints.choose(0, List.of(ip("192.0.2.7"))));
        assertEquals(Optional.empty(), endpoints.choose(65_536, List.of(ip("192.0.2.7"))));
        assertEquals(Optional.empty(), endpoints.choose(4000, List.of()));
        assertEquals(Optional.empty(), endpoints.choose(4000, List.of(ip("0.0.0.0"), ip("224.0.0.251"), ip("::"))));
        assertEquals(Optional.of(new InetSocketAddress(ip("192.0.2.9"), 65_535)),
                endpoints.choose(65_535, List.of(ip("224.0.0.251"), ip("192.0.2.9"))));
    }
}
