package app.pli.transport.relay.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.X25519;
import app.pli.core.crypto.X25519PublicKey;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RelayAddressTest {
    private static final X25519PublicKey KEY = X25519.generateKeyPair().publicKey();
    private static final String KEY_TEXT = Base64.getUrlEncoder().withoutPadding().encodeToString(KEY.bytes());

    @Test
    void formatsAndParsesAHostName() throws RelayAddressException {
        RelayAddress address = new RelayAddress("relay.example.org", 7337, KEY);
        String token = address.format();
        assertEquals("pli-relay://relay.example.org:7337/" + KEY_TEXT, token);
        assertEquals(address, RelayAddress.parse(token));
    }

    @Test
    void bracketsAnIpv6Host() throws RelayAddressException {
        RelayAddress address = new RelayAddress("::1", 1, KEY);
        assertEquals("pli-relay://[::1]:1/" + KEY_TEXT, address.format());
        assertEquals(address, RelayAddress.parse(address.format()));
    }

    @Test
    void toleratesSurroundingWhitespace() throws RelayAddressException {
        assertEquals(65535, RelayAddress.parse("  pli-relay://10.0.0.1:65535/" + KEY_TEXT + "\n").port());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "relay.example.org:7337", "http://relay:1/KEY", "pli-relay://relay:7337",
        "pli-relay://relay/KEYKEY", "pli-relay://relay:0/K", "pli-relay://relay:65536/K",
        "pli-relay://relay:07337/K", "pli-relay://relay:+7/K", "pli-relay://:7337/K",
        "pli-relay://re lay:7337/K", "pli-relay://::1:7337/K", "pli-relay://[::1]/K",
        "pli-relay://[zz]:1/K", "pli-relay://-relay:1/K", "pli-relay://relay:1/short",
        "pli-relay://relay:1/K/extra"
    })
    void refusesMalformedTokens(String bad) {
        String token = bad.replace("/KEYKEY", "/" + KEY_TEXT).replace("/K", "/" + KEY_TEXT);
        RelayAddressException e = assertThrows(RelayAddressException.class, () -> RelayAddress.parse(token));
        assertTrue(e.getMessage().contains("pli-relay://HOST:PORT/KEY"), e.getMessage());
    }

    @Test
    void refusesANonCanonicalOrPaddedKey() {
        String padded = Base64.getUrlEncoder().encodeToString(KEY.bytes());
        assertThrows(RelayAddressException.class, () -> RelayAddress.parse("pli-relay://h:1/" + padded));
        String std = KEY_TEXT.replace('-', '+').replace('_', '/');
        if (!std.equals(KEY_TEXT)) {
            assertThrows(RelayAddressException.class, () -> RelayAddress.parse("pli-relay://h:1/" + std));
        }
        // The last character of 43 carries 2 unused bits; a nonzero tail is not canonical.
        char last = KEY_TEXT.charAt(42);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char other = alphabet.charAt((alphabet.indexOf(last) & ~3) | ((alphabet.indexOf(last) + 1) & 3));
        String tail = KEY_TEXT.substring(0, 42) + other;
        assertThrows(RelayAddressException.class, () -> RelayAddress.parse("pli-relay://h:1/" + tail));
    }

    @Test
    void messageNeverRepeatsTheToken() {
        RelayAddressException e = assertThrows(RelayAddressException.class,
                () -> RelayAddress.parse("pli-relay://secret-host-name:99999/" + KEY_TEXT));
        assertFalse(e.getMessage().contains("secret-host-name"));
    }
}
