package org.dyad.coding.plover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class PloverQuadsTest {
    private final PloverQuads quads = PloverQuads.loadBundled();

    @Test
    void everyTypeHasTheManualsQuadCategory() {
        PloverMapping mapping = PloverMapping.loadBundled();
        assertEquals(16, quads.size());
        mapping.types().forEach(t -> assertTrue(quads.quadClass(t).isPresent(), t));
        assertEquals(OptionalInt.of(1), quads.quadClass("CONSULT"));
        assertEquals(OptionalInt.of(2), quads.quadClass("retreat"));
        // The manual's numeric table, not its summary table, for SANCTION.
        assertEquals(OptionalInt.of(3), quads.quadClass("SANCTION"));
        assertEquals(OptionalInt.of(4), quads.quadClass("Assault"));
        assertEquals(OptionalInt.empty(), quads.quadClass("CRIME"));
    }

    @Test
    void aBrokenLineIsNamed() {
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> PloverQuads.read("q.tsv", new StringReader("type\tquad\nAID\t5\n")));
        assertEquals("q.tsv:2: expected 'type<TAB>quad (1-4)'", e.getMessage());
    }
}
