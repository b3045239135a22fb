package org.dyad.coding.cameo;

import java.util.List;
import java.util.Objects;
import org.dyad.coding.cameo.internal.Inflection;
import org.dyad.lexicon.WordKeys;

/**
 * One element of a verb pattern: a word, a synset, a braced noun phrase, a prepositional
 * phrase, or one of the markers {@code $ + ^ %}. Each reports its {@link #weight()}, the number
 * of concrete words it requires, so a matcher can prefer the most specific pattern.
 */
public sealed interface PatternElement {

    /** The number of concrete words this element requires in the sentence. */
    int weight();

    /**
     * A single word, upper-case. Unless the dictionary wrote it with a trailing {@code _}, it
     * also matches its regular plural, and a plural pattern word matches its singular, because
     * the matcher compares lemmas as well as surface words.
     */
    record Word(String word, boolean pluralAllowed) implements PatternElement {
        public Word {
            word = upperWord(word, "pattern word");
        }

        public Word(String word) {
            this(word, true);
        }

        /** Whether a sentence word or lemma (any case) is this word or, if allowed, its plural or singular. */
        public boolean matches(String upperWordOrLemma) {
            String candidate = WordKeys.key(upperWordOrLemma);
            if (candidate.equals(word)) {
                return true;
            }
            return pluralAllowed
                    && (candidate.equals(Inflection.plural(word)) || word.equals(Inflection.plural(candidate)));
        }

        @Override
        public int weight() {
            return 1;
        }
    }

    /**
     * A synset ({@code &NAME}, stored without the {@code &} and without a trailing {@code _}),
     * resolved when the dictionary was read: each phrase is a list of consecutive upper-case
     * words, generated plurals included.
     */
    record SynsetRef(String name, List<List<String>> phrases) implements PatternElement {
        public SynsetRef {
            Objects.requireNonNull(name, "name");
            phrases = phrases.stream().map(List::copyOf).toList();
            if (phrases.isEmpty() || phrases.stream().anyMatch(List::isEmpty)) {
                throw new IllegalArgumentException("synset &" + name + " has no phrases or an empty one");
            }
        }

        /** Whether one of the synset's phrases is exactly this single word (any case). */
        public boolean matches(String upperWordOrLemma) {
            String candidate = WordKeys.key(upperWordOrLemma);
            return phrases.stream().anyMatch(p -> p.size() == 1 && p.get(0).equals(candidate));
        }

        /** The length of its shortest phrase: a synset requires at least that many words. */
        @Override
        public int weight() {
            return phrases.stream().mapToInt(List::size).min().orElse(1);
        }
    }

    /** A braced noun phrase {@code {A B C}}: the last element is the head. */
    record Phrase(List<PatternElement> words) implements PatternElement {
        public Phrase {
            words = List.copyOf(words);
            if (words.isEmpty()) {
                throw new IllegalArgumentException("braced phrase is empty");
            }
        }

        public PatternElement head() {
            return words.get(words.size() - 1);
        }

        @Override
        public int weight() {
            return words.stream().mapToInt(PatternElement::weight).sum();
        }
    }

    /**
     * A prepositional phrase {@code (AGAINST X)}: the preposition and its objects, which may be
     * empty for a bare {@code (FOR)}.
     */
    record Prep(String preposition, List<PatternElement> objects) implements PatternElement {
        public Prep {
            preposition = upperWord(preposition, "preposition");
            objects = List.copyOf(objects);
        }

        @Override
        public int weight() {
            return 1 + objects.stream().mapToInt(PatternElement::weight).sum();
        }
    }

    /** {@code $}: where the source actor is. */
    record SourceMarker() implements PatternElement {
        @Override
        public int weight() {
            return 0;
        }
    }

    /** {@code +}: where the target actor is. */
    record TargetMarker() implements PatternElement {
        @Override
        public int weight() {
            return 0;
        }
    }

    /** {@code ^}: skip the next noun phrase. */
    record Skip() implements PatternElement {
        @Override
        public int weight() {
            return 0;
        }
    }

    /** {@code %}: a compound actor (both sides of a symmetric event). */
    record CompoundMarker() implements PatternElement {
        @Override
        public int weight() {
            return 0;
        }
    }

    private static String upperWord(String word, String what) {
        Objects.requireNonNull(word, what);
        if (word.isBlank() || word.chars().anyMatch(Character::isWhitespace)) {
            throw new IllegalArgumentException(what + " '" + word + "' is blank or contains spaces");
        }
        return WordKeys.key(word);
    }
}
