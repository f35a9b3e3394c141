package app.pli.identity.contact;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** The naming rules: plain names, cleaning shared names, suffixes for taken names. */
class ContactNamesTest {
    @Property(tries = 500)
    void aSharedNameAlwaysBecomesAValidContactName(@ForAll String shared) {
        String name = ContactNames.fromShared(shared);
        assertDoesNotThrow(() -> ContactNames.requireValid(name));
    }

    @Property(tries = 300)
    void aFreeNameIsValidAndNotTaken(@ForAll String shared) {
        String base = ContactNames.fromShared(shared);
        Set<String> taken = Set.of(base, ContactNames.firstFree(base, Set.of(base)));
        String free = ContactNames.firstFree(base, taken);
        assertFalse(taken.contains(free));
        assertDoesNotThrow(() -> ContactNames.requireValid(free));
    }

    @Test
    void terminalEscapesAndBidiOverridesAreDropped() {
        assertEquals("[31mEvil Bob", ContactNames.fromShared("\u001b[31mEvil\tBob\n"));
        assertEquals("Bob", ContactNames.fromShared("\u202eBob\u200f"));
        assertEquals("A B", ContactNames.fromShared("  A \u00a0\u2003 B  "));
        assertEquals(ContactNames.FALLBACK, ContactNames.fromShared("\u0000\u0007 "));
        assertEquals(ContactNames.FALLBACK, ContactNames.fromShared(null));
    }

    @Test
    void longNamesAreCutToTheLimit() {
        String cut = ContactNames.fromShared("é".repeat(100));
        assertEquals(ContactNames.MAX_CODE_POINTS, cut.codePointCount(0, cut.length()));
        String suffixed = ContactNames.firstFree(cut, Set.of(cut));
        assertTrue(suffixed.endsWith(" (2)"));
        assertEquals(ContactNames.MAX_CODE_POINTS, suffixed.codePointCount(0, suffixed.length()));
    }

    @Test
    void plainNamesHaveNoEdgesOrControls() {
        assertTrue(ContactNames.isPlain(""));
        assertTrue(ContactNames.isPlain("Ada Lovelace"));
        assertTrue(ContactNames.isPlain("李小龍 😀"));
        assertFalse(ContactNames.isPlain(" Ada"));
        assertFalse(ContactNames.isPlain("Ada "));
        assertFalse(ContactNames.isPlain("Ada\tL"));
        assertFalse(ContactNames.isPlain("\ud800"));
        assertThrows(InvalidNameException.class, () -> ContactNames.requireValid(""));
    }
}
