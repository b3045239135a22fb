package org.dyad.coding.cameo;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dyad.coding.cameo.internal.CodeSpec;

/**
 * One verb of a verb block: the verb word's base form ({@code lemma}), every form of it that
 * the dictionary accepts, the words of a multi-word verb before and after the verb word
 * ({@code WIRE_+TAP}: before [WIRE]; {@code +SIDE_WITH}: after [WITH]), and the verb's own code.
 *
 * <p>{@code ownCode} is empty when the verb line has no {@code [...]}, so the block's code
 * applies; it is {@value #NULL_CODE} when the line gives the null code explicitly, which
 * overrides a block code. {@link VerbDictionary#codeOf(VerbEntry)} resolves both.
 */
public record VerbEntry(
        String lemma,
        List<String> forms,
        List<String> before,
        List<String> after,
        Optional<String> ownCode,
        String blockName,
        int line,
        Optional<String> ownPairedCode) {

    /** The value of {@code ownCode} for a verb line that says {@code [---]}. */
    public static final String NULL_CODE = CodeSpec.NULL_CODE;

    public VerbEntry {
        Objects.requireNonNull(lemma, "lemma");
        if (lemma.isBlank() || !lemma.equals(lemma.toUpperCase(Locale.ROOT))) {
            throw new IllegalArgumentException("verb lemma '" + lemma + "' is blank or not upper-case");
        }
        forms = List.copyOf(forms);
        if (!forms.contains(lemma)) {
            throw new IllegalArgumentException("forms " + forms + " of verb " + lemma + " lack the lemma");
        }
        before = List.copyOf(before);
        after = List.copyOf(after);
        Objects.requireNonNull(ownCode, "ownCode");
        if (ownCode.isPresent() && !ownCode.get().equals(NULL_CODE)) {
            CodeSpec.require(ownCode, "verb code");
        }
        CodeSpec.require(Objects.requireNonNull(ownPairedCode, "ownPairedCode"), "verb paired code");
        Objects.requireNonNull(blockName, "blockName");
        if (line < 1) {
            throw new IllegalArgumentException("verb line " + line + " is not positive");
        }
    }

    /** An entry without a paired code of its own. */
    public VerbEntry(
            String lemma,
            List<String> forms,
            List<String> before,
            List<String> after,
            Optional<String> ownCode,
            String blockName,
            int line) {
        this(lemma, forms, before, after, ownCode, blockName, line, Optional.empty());
    }

    /** Whether the verb has words before or after the verb word. */
    public boolean isMultiWord() {
        return !before.isEmpty() || !after.isEmpty();
    }

    /** The whole verb in base form, words separated by spaces: "SIDE WITH", "WIRE TAP". */
    public String phrase() {
        List<String> words = new ArrayList<>(before);
        words.add(lemma);
        words.addAll(after);
        return String.join(" ", words);
    }
}
