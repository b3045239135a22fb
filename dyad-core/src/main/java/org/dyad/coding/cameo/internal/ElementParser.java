package org.dyad.coding.cameo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dyad.coding.cameo.PatternElement;

/**
 * Turns one side of a pattern (left or right of {@code *}) into pattern elements: words,
 * {@code &SYNSET}s, {@code {braced phrases}}, {@code (PREP objects)}, the markers
 * {@code $ + ^ %}, and {@code A_B} for consecutive words. Disjunctions such as {@code BY/WITH}
 * are rejected, as PETRARCH skips the patterns that contain them.
 */
final class ElementParser {

    private final SynsetTable synsets;

    ElementParser(SynsetTable synsets) {
        this.synsets = synsets;
    }

    List<PatternElement> parse(String text) throws MalformedLineException {
        Tokens tokens = new Tokens(text);
        List<PatternElement> result = new ArrayList<>();
        while (tokens.hasNext()) {
            String token = tokens.next();
            switch (token) {
                case "{" -> result.add(phrase(tokens));
                case "(" -> result.add(prep(tokens));
                case "}", ")" -> throw new MalformedLineException("unbalanced '" + token + "'");
                default -> result.add(atom(token));
            }
        }
        return result;
    }

    private PatternElement phrase(Tokens tokens) throws MalformedLineException {
        List<PatternElement> words = new ArrayList<>();
        while (true) {
            String token = tokens.nextOrFail("missing '}'");
            if (token.equals("}")) {
                break;
            }
            if (token.equals("{") || token.equals("(") || token.equals(")")) {
                throw new MalformedLineException("'" + token + "' inside a braced phrase");
            }
            PatternElement element = atom(token);
            if (element instanceof PatternElement.Phrase inner) {
                words.addAll(inner.words());
            } else {
                words.add(element);
            }
        }
        if (words.isEmpty()) {
            throw new MalformedLineException("empty braced phrase {}");
        }
        return new PatternElement.Phrase(words);
    }

    private PatternElement prep(Tokens tokens) throws MalformedLineException {
        String preposition = tokens.nextOrFail("missing ')'");
        if ("{}()".contains(preposition) || !(atom(preposition) instanceof PatternElement.Word)) {
            throw new MalformedLineException("'(" + preposition + "' does not start with a preposition");
        }
        List<PatternElement> objects = new ArrayList<>();
        while (true) {
            String token = tokens.nextOrFail("missing ')'");
            switch (token) {
                case ")" -> {
                    return new PatternElement.Prep(preposition, objects);
                }
                case "{" -> objects.add(phrase(tokens));
                case "(", "}" -> throw new MalformedLineException("'" + token + "' inside a prepositional phrase");
                default -> objects.add(atom(token));
            }
        }
    }

    private PatternElement atom(String token) throws MalformedLineException {
        Optional<PatternElement> marker = marker(token);
        if (marker.isPresent()) {
            return marker.get();
        }
        if (token.indexOf('/') >= 0) {
            throw new MalformedLineException("disjunction '" + token + "' is not supported (PETRARCH skips these too)");
        }
        return words(token);
    }

    private static Optional<PatternElement> marker(String token) {
        return switch (token) {
            case "$" -> Optional.of(new PatternElement.SourceMarker());
            case "+" -> Optional.of(new PatternElement.TargetMarker());
            case "^" -> Optional.of(new PatternElement.Skip());
            case "%" -> Optional.of(new PatternElement.CompoundMarker());
            default -> Optional.empty();
        };
    }

    /** A word, a synset, or consecutive words joined by {@code _} (a phrase). */
    private PatternElement words(String token) throws MalformedLineException {
        int synset = token.indexOf('&');
        String words = synset < 0 ? token : token.substring(0, synset);
        boolean pluralAllowed = !token.endsWith("_");
        List<PatternElement> parts = new ArrayList<>();
        List<String> split =
                List.of(words.split("_")).stream().filter(p -> !p.isEmpty()).toList();
        for (int i = 0; i < split.size(); i++) {
            // only a phrase's last word, its head, takes a plural
            boolean last = synset < 0 && i == split.size() - 1;
            parts.add(simple(split.get(i), pluralAllowed && last));
        }
        if (synset >= 0) {
            // synset names may contain '_', so a reference runs to the end of the token
            parts.add(simple(token.substring(synset), true));
        }
        if (parts.isEmpty()) {
            throw new MalformedLineException("'" + token + "' has no word");
        }
        return parts.size() == 1 ? parts.get(0) : new PatternElement.Phrase(parts);
    }

    private PatternElement simple(String word, boolean pluralAllowed) throws MalformedLineException {
        if (word.startsWith("&")) {
            return new PatternElement.SynsetRef(
                    SynsetTable.key(word),
                    synsets.lookup(word).orElseThrow(() -> new MalformedLineException("undefined synset " + word)));
        }
        if (word.chars().anyMatch(c -> "&$+%^*[]".indexOf(c) >= 0)) {
            throw new MalformedLineException("'" + word + "' mixes a word with a marker");
        }
        return new PatternElement.Word(word.toUpperCase(Locale.ROOT), pluralAllowed);
    }
}
