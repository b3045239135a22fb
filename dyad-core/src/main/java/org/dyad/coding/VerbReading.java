package org.dyad.coding;

import java.util.List;
import java.util.Optional;
import org.dyad.coding.cameo.VerbBlock;
import org.dyad.coding.cameo.VerbEntry;
import org.dyad.coding.cameo.VerbPattern;

/**
 * What the CAMEO verb dictionary says about one verb in its sentence: the entry and block it
 * belongs to, the most specific pattern that matched (if any), the resulting code (empty for
 * the null code), the trigger tokens, and role tokens that the pattern itself binds.
 */
public record VerbReading(
        int verb,
        List<Integer> triggerTokens,
        VerbEntry entry,
        VerbBlock block,
        Optional<VerbPattern> pattern,
        Optional<String> code,
        boolean reversed,
        Optional<Integer> boundSource,
        Optional<Integer> boundTarget) {

    public VerbReading {
        triggerTokens = List.copyOf(triggerTokens);
    }

    /** One line saying which dictionary entry and pattern produced the code. */
    public String describe() {
        String where = pattern.map(
                        p -> "pattern line " + p.line() + " '" + p.comment().strip() + "'")
                .orElse(entry.ownCode().isPresent() ? "verb's own code" : "block code");
        return "verb " + entry.lemma() + " in block " + block.name() + " (" + where + ") -> "
                + code.orElse("null code ---") + (reversed ? " (roles reversed)" : "");
    }

    /**
     * The dictionary lines behind this reading, for the event's evidence, in the file the block
     * was read from ("my-patterns.txt:4" for a user's verb), else in {@code dictionaryName}.
     */
    public List<String> entries(String dictionaryName) {
        String file = block.file().orElse(dictionaryName);
        String verbLine = file + ":" + entry.line() + " " + entry.lemma() + " [" + block.name() + "]";
        return pattern.map(p -> List.of(verbLine, file + ":" + p.line() + " pattern"))
                .orElse(List.of(verbLine));
    }
}
