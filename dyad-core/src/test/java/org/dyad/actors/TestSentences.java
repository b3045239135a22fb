package org.dyad.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dyad.model.EntityClass;
import org.dyad.model.Features;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Upos;

/** Builds hand-made sentences for lexicon tests: space-separated tokens, "word|lemma" to give a lemma. */
final class TestSentences {
    private TestSentences() {}

    static Sentence of(String tokens) {
        List<Token> list = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String item : tokens.split(" ")) {
            int bar = item.indexOf('|');
            String word = bar < 0 ? item : item.substring(0, bar);
            String lemma = bar < 0 ? word.toLowerCase(Locale.ROOT) : item.substring(bar + 1);
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = text.length();
            text.append(word);
            list.add(new Token(
                    list.size(),
                    word,
                    lemma,
                    Upos.NOUN,
                    Features.parse("Number=Sing"),
                    EntityClass.NONE,
                    new Span(start, text.length())));
        }
        return new Sentence(0, new Span(0, text.length()), text.toString(), list, List.of());
    }
}
