package app.pli.transport.lan.discovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.pli.core.crypto.CryptoException;
import app.pli.core.crypto.CryptoRandom;
import app.pli.core.crypto.X25519PublicKey;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LanNamesTest {
    private static final Pattern NAME = Pattern.compile("[a-z2-7]{16}");
    private static final Pattern HOST = Pattern.compile("p[a-z2-7]{16}\\.local\\.");
    private static final long HOUR = 480_000;

    private static X25519PublicKey sequentialKey() throws CryptoException {
        byte[] bytes = new byte[32];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return X25519PublicKey.of(bytes);
    }

    private static X25519PublicKey randomKey() throws CryptoException {
        return X25519PublicKey.of(CryptoRandom.bytes(32));
    }

    @Test
    void matchesTheDerivationComputedIndependently() throws CryptoException {
        // Python: base32(hmac(key=bytes(range(32)), "pli/v1/lan/name" + u64be(480000), sha256)[:10]).lower()
        assertEquals("gcuwbqmlavoivlzi", LanNames.instanceName(sequentialKey(), HOUR));
        assertEquals("pdbeczpm3j77jzeou.local.", LanNames.hostName(sequentialKey(), HOUR));
    }

    @Test
    void isDeterministicAndWellFormed() throws CryptoException {
        X25519PublicKey key = randomKey();
        String name = LanNames.instanceName(key, HOUR);
        assertEquals(name, LanNames.instanceName(X25519PublicKey.of(key.bytes()), HOUR));
        assertEquals(LanNames.hostName(key, HOUR), LanNames.hostName(key, HOUR));
        assertTrue(NAME.matcher(name).matches(), name);
        assertTrue(HOST.matcher(LanNames.hostName(key, HOUR)).matches(), LanNames.hostName(key, HOUR));
    }

    @Test
    void hostNameIsUnrelatedToInstanceName() throws CryptoException {
        X25519PublicKey key = randomKey();
        String hostLabel = LanNames.hostName(key, HOUR).substring(1, 17);
        assertNotEquals(LanNames.instanceName(key, HOUR), hostLabel);
    }

    @Test
    void differsPerHourAndPerKey() throws CryptoException {
        X25519PublicKey key = randomKey();
        Set<String> names = new HashSet<>();
        Set<String> hosts = new HashSet<>();
        for (long hour = HOUR; hour < HOUR + 48; hour++) {
            names.add(LanNames.instanceName(key, hour));
            hosts.add(LanNames.hostName(key, hour));
        }
        assertEquals(48, names.size());
        assertEquals(48, hosts.size());
        assertNotEquals(LanNames.instanceName(key, HOUR), LanNames.instanceName(randomKey(), HOUR));
        assertNotEquals(LanNames.hostName(key, HOUR), LanNames.hostName(randomKey(), HOUR));
    }

    @Test
    void matchesOnlyTheNeighbouringHours() throws CryptoException {
        X25519PublicKey key = randomKey();
        String name = LanNames.instanceName(key, HOUR);
        assertTrue(LanNames.matches(name, key, HOUR - 1));
        assertTrue(LanNames.matches(name, key, HOUR));
        assertTrue(LanNames.matches(name, key, HOUR + 1));
        assertFalse(LanNames.matches(name, key, HOUR - 2));
        assertFalse(LanNames.matches(name, key, HOUR + 2));
        assertFalse(LanNames.matches(name, randomKey(), HOUR));
    }

    @Test
    void rejectsNearMissesAndOversizedNames() throws CryptoException {
        X25519PublicKey key = randomKey();
        String name = LanNames.instanceName(key, HOUR);
        assertFalse(LanNames.matches(null, key, HOUR));
        assertFalse(LanNames.matches("", key, HOUR));
        assertFalse(LanNames.matches(name.toUpperCase(), key, HOUR));
        assertFalse(LanNames.matches(name.substring(1), key, HOUR));
        assertFalse(LanNames.matches(name + "x", key, HOUR));
        assertFalse(LanNames.matches(name + "x".repeat(100), key, HOUR));
        assertFalse(LanNames.matches(LanNames.hostName(key, HOUR), key, HOUR));
    }

    @Test
    void hourIsEpochSecondsDividedBy3600() {
        assertEquals(1, LanNames.hourOf(Clock.fixed(Instant.ofEpochSecond(7199), ZoneOffset.UTC)));
        assertEquals(2, LanNames.hourOf(Clock.fixed(Instant.ofEpochSecond(7200), ZoneOffset.UTC)));
        assertEquals(-1, LanNames.hourOf(Clock.fixed(Instant.ofEpochSecond(-1), ZoneOffset.UTC)));
    }

    @Test
    void namesTakeNothingButTheKeyAndTheHour() throws NoSuchMethodException {
        for (String method : List.of("instanceName", "hostName")) {
            Method m = LanNames.class.getMethod(method, X25519PublicKey.class, long.class);
            assertTrue(Modifier.isStatic(m.getModifiers()));
        }
        for (Method m : LanNames.class.getMethods()) {
            if (m.getDeclaringClass() == LanNames.class && List.of("instanceName", "hostName").contains(m.getName())) {
                assertEquals(List.of(X25519PublicKey.class, long.class), List.of(m.getParameterTypes()), m.toString());
            }
        }
    }

    @Test
    void base32FollowsRfc4648InLowercaseWithoutPadding() {
        String[][] vectors = {{"", ""}, {"f", "my"}, {"fo", "mzxq"}, {"foo", "mzxw6"}, {"foob", "mzxw6yq"},
                {"fooba", "mzxw6ytb"}, {"foobar", "mzxw6ytboi"}};
        for (String[] vector : vectors) {
            assertEquals(vector[1], LanNames.base32(vector[0].getBytes(StandardCharsets.US_ASCII)));
        }
    }

    @Test
    void randomHostNamesHaveTheSameShapeAndDoNotRepeat() {
        String first = LanNames.randomHostName();
        assertTrue(HOST.matcher(first).matches(), first);
        assertNotEquals(first, LanNames.randomHostName());
    }
}
