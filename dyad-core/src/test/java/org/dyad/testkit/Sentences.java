package org.dyad.testkit;

import java.util.ArrayList;
import java.util.List;
import org.dyad.model.Dependency;
import org.dyad.model.EntityClass;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.nlp.corenlp.TagMapping;

/**
 * Builds annotated sentences by hand for tests that must not load NLP models. Each line is
 * CoNLL-like: {@code id word lemma tag ner head relation} with 1-based ids and head 0 for the
 * root, the tag a Penn Treebank tag (CoNLL's XPOS) and ner a CoreNLP NER class or "O", mapped to
 * dyad's tags as the CoreNLP adapter maps them. Words are joined by single spaces to make the
 * sentence text, starting at {@code offset}.
 */
public final class Sentences {
    private static final TagMapping TAGS = TagMapping.bundled();

    private Sentences() {}

    public static Sentence of(String conll) {
        return of(0, 0, conll);
    }

    public static Sentence of(int index, int offset, String conll) {
        List<Token> tokens = new ArrayList<>();
        List<Dependency> deps = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (String raw : conll.strip().split("\n")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\\s+");
            if (f.length != 7) {
                throw new IllegalArgumentException("want 7 fields (id word lemma tag ner head rel), got: " + line);
            }
            int id = Integer.parseInt(f[0]) - 1;
            if (id != tokens.size()) {
                throw new IllegalArgumentException("ids must run 1, 2, 3...: " + line);
            }
            if (text.length() > 0) {
                text.append(' ');
            }
            int start = offset + text.length();
            text.append(f[1]);
            TagMapping.PartOfSpeech pos = TAGS.partOfSpeech(f[3]);
            EntityClass entity = TagMapping.entityClass(f[4]);
            if (entity == EntityClass.OTHER) {
                throw new IllegalArgumentException("unknown NER class \"" + f[4] + "\": " + line);
            }
            tokens.add(new Token(
                    id, f[1], f[2], pos.upos(), pos.features(), entity, new Span(start, start + f[1].length())));
            deps.add(new Dependency(Integer.parseInt(f[5]) - 1, id, f[6]));
        }
        return new Sentence(index, new Span(offset, offset + text.length()), text.toString(), tokens, deps);
    }

    /** The text an article must have for a sentence built at offset 0 to cut its spans right. */
    public static String text(Sentence s) {
        return s.text();
    }
}
