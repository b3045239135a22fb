package org.dyad.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A newer dictionary's records replace an older one's for their names, and only for those. */
class ActorDictionaryOverrideTest {
    private static ActorDictionary read(String text) {
        return new PhoenixActorReader().read("test.txt", new StringReader(text));
    }

    @Test
    void theNewerRecordIsTheWholeRecordForItsNames() {
        ActorDictionary old =
                read("BASHAR_AL-ASSAD_\n+ASSAD_\n+BASHAR_ASSAD_\n\t[SYRGOV]\n\nWALID_MUALLEM_\n\t[SYRGOV]\n");
        ActorDictionary newer = read("Bashar_al-Assad_\n+ASSAD_\n\t[SYRGOV 20000717-20241208]\n\t[SYRELI]\n");

        ActorDictionary merged = old.overriddenBy(newer);

        List<ActorEntry> entries = merged.entries();
        assertThat(entries).hasSize(3);
        assertThat(entries.get(0).phrases())
                .as("the old record keeps only the names the newer one lacks")
                .containsExactly("BASHAR_ASSAD_");
        assertThat(entries.get(1).phrases()).containsExactly("WALID_MUALLEM_");
        assertThat(entries.get(2).codes()).hasSize(2);
    }
}
