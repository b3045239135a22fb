package org.dyad.pipeline;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.EntityClass;
import org.dyad.model.Features;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.dyad.nlp.Annotator;

/** Makes "X struck Y" sentences from three-word texts; fails on a text that says "boom". */
final class ThreeWordAnnotator implements Annotator {
    @Override
    public List<Sentence> annotate(String text) {
        if (text.contains("boom")) {
            throw new IllegalStateException("annotator exploded");
        }
        String[] w = text.split(" ");
        List<Token> tokens = new ArrayList<>();
        int at = 0;
        for (int i = 0; i < w.length; i++) {
            tokens.add(new Token(
                    i,
                    w[i],
                    w[i].toLowerCase(),
                    i == 1 ? Upos.VERB : Upos.PROPN,
                    Features.parse(i == 1 ? "Mood=Ind|Tense=Past|VerbForm=Fin" : "Number=Sing"),
                    EntityClass.NONE,
                    new Span(at, at + w[i].length())));
            at += w[i].length() + 1;
        }
        List<Dependency> deps =
                List.of(new Dependency(1, 0, "nsubj"), new Dependency(-1, 1, "root"), new Dependency(1, 2, "obj"));
        return List.of(new Sentence(0, new Span(0, text.length()), text, tokens, deps));
    }

    @Override
    public String description() {
        return "fake";
    }
}
