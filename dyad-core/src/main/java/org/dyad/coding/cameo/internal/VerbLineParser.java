package org.dyad.coding.cameo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.dyad.coding.cameo.VerbEntry;
import org.dyad.lexicon.WordKeys;

/**
 * Reads one verb line of a verb block: {@code VERB}, {@code VERB [code]},
 * {@code VERB {IRREGULAR FORMS}}, and multi-word verbs such as {@code +SIDE_WITH} or
 * {@code WIRE_+TAP {WIRE_+TAPS ...}} where {@code +} marks the verb word. Without
 * {@code {...}} the regular forms are generated; with it, as the format says, the braces list
 * every other form and nothing is generated ({@code {}} means the base form only).
 */
public final class VerbLineParser {

    private VerbLineParser() {}

    /**
     * A verb line read: the entry, and the listed forms left out of it because their words
     * differ from the verb's (as in {@code +WIRE_TAP {+WIRE_TAPS}}, which marks WIRE as the verb).
     */
    public record Result(VerbEntry entry, List<String> skippedForms) {}

    /** The verb on {@code text} (comments already removed), in block {@code blockName}. */
    public static Result parse(String text, int line, String blockName) throws MalformedLineException {
        Bracketed code = Bracketed.extract(text, '[', ']');
        Bracketed braces = Bracketed.extract(code.rest(), '{', '}');
        String[] tokens = braces.rest().strip().split("\\s+");
        if (tokens.length != 1 || tokens[0].isEmpty()) {
            throw new MalformedLineException(
                    "expected one verb, found '" + braces.rest().strip() + "'");
        }
        Words verb = Words.of(tokens[0]);
        List<String> skipped = new ArrayList<>();
        List<String> forms = braces.inside().isPresent()
                ? listedForms(verb, braces.inside().get(), skipped)
                : Inflection.regularVerbForms(verb.verb());
        Optional<CodeSpec> spec = code.inside().isEmpty()
                ? Optional.empty()
                : Optional.of(parseCode(code.inside().get()));
        Optional<String> own = spec.map(s -> s.code().orElse(CodeSpec.NULL_CODE));
        Optional<String> paired = spec.flatMap(CodeSpec::paired);
        VerbEntry entry = new VerbEntry(verb.verb(), forms, verb.before(), verb.after(), own, blockName, line, paired);
        return new Result(entry, List.copyOf(skipped));
    }

    private static CodeSpec parseCode(String inside) throws MalformedLineException {
        return CodeSpec.parse(inside)
                .orElseThrow(() -> new MalformedLineException("verb code [" + inside + "] is not a CAMEO code"));
    }

    private static List<String> listedForms(Words verb, String inside, List<String> skipped)
            throws MalformedLineException {
        LinkedHashSet<String> forms = new LinkedHashSet<>();
        forms.add(verb.verb());
        for (String token : inside.split("[\\s,]+")) {
            if (token.isEmpty()) {
                continue;
            }
            Words form = Words.of(token);
            if (form.before().equals(verb.before()) && form.after().equals(verb.after())) {
                forms.add(form.verb());
            } else {
                skipped.add(token);
            }
        }
        return new ArrayList<>(forms);
    }

    /** A verb spec split at its verb word: {@code WIRE_+TAP} is before [WIRE], verb TAP. */
    record Words(String text, List<String> before, String verb, List<String> after) {

        static Words of(String spec) throws MalformedLineException {
            String upper = WordKeys.key(spec);
            List<String> parts =
                    Arrays.stream(upper.split("_")).filter(p -> !p.isEmpty()).toList();
            List<Integer> marked = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                if (parts.get(i).startsWith("+")) {
                    marked.add(i);
                }
            }
            if (parts.isEmpty() || marked.size() > 1 || marked.isEmpty() && parts.size() > 1) {
                throw new MalformedLineException("verb '" + spec + "' must mark exactly one verb word with +");
            }
            int at = marked.isEmpty() ? 0 : marked.get(0);
            String verb = parts.get(at).substring(marked.isEmpty() ? 0 : 1);
            if (verb.isEmpty() || verb.contains("+")) {
                throw new MalformedLineException("verb '" + spec + "' has an empty or doubly marked verb word");
            }
            return new Words(upper, parts.subList(0, at), verb, parts.subList(at + 1, parts.size()));
        }
    }
}
