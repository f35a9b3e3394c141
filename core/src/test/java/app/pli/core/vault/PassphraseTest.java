package app.pli.core.vault;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Passphrase encoding, comparison, wiping and printing. */
class PassphraseTest {
    @Test
    void everySourceGivesTheSameUtf8Bytes() {
        String text = "gâteau-Ωmega-🙂";
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertArrayEquals(utf8, Passphrase.fromChars(text.toCharArray()).bytes());
        assertArrayEquals(utf8, Passphrase.fromUtf8(utf8).bytes());
        assertArrayEquals(utf8, Passphrase.fromString(text).bytes());
        assertTrue(Passphrase.fromChars(text.toCharArray()).sameAs(Passphrase.fromString(text)));
        assertFalse(Passphrase.fromString(text).sameAs(Passphrase.fromString(text + " ")));
    }

    @Test
    void factoriesCopyTheirInput() {
        char[] typed = "secret".toCharArray();
        Passphrase passphrase = Passphrase.fromChars(typed);
        Arrays.fill(typed, '\0');
        assertTrue(passphrase.sameAs(Passphrase.fromString("secret")));
    }

    @Test
    void closeWipesAndForbidsFurtherUse() {
        Passphrase passphrase = Passphrase.fromString("secret");
        byte[] inside = passphrase.bytes();
        passphrase.close();
        assertArrayEquals(new byte[6], inside);
        assertThrows(IllegalStateException.class, passphrase::isEmpty);
        passphrase.close();
    }

    @Test
    void unpairedSurrogateIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Passphrase.fromChars(new char[] {'a', '\uD800'}));
    }

    @Test
    void neverPrinted() {
        assertEquals("Passphrase[redacted]", Passphrase.fromString("secret").toString());
        assertTrue(Passphrase.fromString("").isEmpty());
    }
}
