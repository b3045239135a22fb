package org.dyad.nlp.conllu;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.dyad.model.Dependency;
import org.dyad.model.EntityClass;
import org.dyad.model.Features;
import org.dyad.model.Sentence;
import org.dyad.model.Span;
import org.dyad.model.Token;
import org.dyad.model.Upos;
import org.dyad.nlp.corenlp.TagMapping;

/**
 * Turns a CoNLL-U parse of a text into dyad's sentences over that text, as the CoreNLP adapter
 * would give them: tokens with offsets into the text ({@link TextAligner}), tags, lemmas and
 * features, and the dependency tree. Where the parse's XPOS is a Penn Treebank tag (English
 * UDPipe models write one) the tag and features come from dyad's own table of Penn tags, as
 * CoreNLP's do, so that the coder sees the same tags; otherwise the parse's UPOS and FEATS are
 * taken. A parse in UD version 1 relations (dobj, nsubjpass, auxpass, neg, name, mwe; nmod for an
 * oblique) is read as version 2, the relations dyad's rules are written for. UD has no named
 * entities, so every token is {@link EntityClass#NONE}; there are no time expressions either.
 */
final class ConlluSentences {
    private static final Map<String, String> V1 = Map.of(
            "dobj", "obj",
            "nsubjpass", "nsubj:pass",
            "csubjpass", "csubj:pass",
            "auxpass", "aux:pass",
            "neg", "advmod",
            "name", "flat",
            "mwe", "fixed",
            "foreign", "flat:foreign",
            "nmod:agent", "obl:agent");
    /** Relations only version 1 has: a parse with one of them is read as version 1. */
    static final Set<String> V1_ONLY = Set.of("dobj", "nsubjpass", "csubjpass", "auxpass", "neg", "name", "mwe");

    private static final Set<Upos> PREDICATES = Set.of(Upos.VERB, Upos.AUX, Upos.ADJ, Upos.ADV);

    private final TagMapping tags;
    private final boolean version1;
    final Map<TextAligner.Match, Integer> matches = new EnumMap<>(TextAligner.Match.class);
    final List<String> problems = new ArrayList<>();

    ConlluSentences(TagMapping tags, boolean version1) {
        this.tags = tags;
        this.version1 = version1;
    }

    /** The sentences of {@code parse} over {@code text}, numbered from 0. */
    List<Sentence> convert(String text, ConlluBlock parse) {
        TextAligner aligner = new TextAligner(text);
        List<Sentence> out = new ArrayList<>();
        for (ConlluBlock.Sentence s : parse.sentences()) {
            out.add(sentence(out.size(), text, s, aligner));
        }
        return out;
    }

    private Sentence sentence(int index, String text, ConlluBlock.Sentence s, TextAligner aligner) {
        Map<Integer, ConlluBlock.MultiWord> multiStarts = new HashMap<>();
        s.multiWords().forEach(m -> multiStarts.put(m.first(), m));
        Map<Integer, Integer> indexOfId = new HashMap<>();
        List<Token> tokens = new ArrayList<>();
        Span surface = null;
        int surfaceLast = -1;
        for (ConlluBlock.Word w : s.words()) {
            Span span;
            boolean whole;
            ConlluBlock.MultiWord mw = multiStarts.get(w.id());
            if (mw != null) {
                TextAligner.Found f = found(aligner.next(mw.form()));
                surface = f.span();
                surfaceLast = mw.last();
            }
            if (surface != null && w.id() <= surfaceLast) {
                span = surface; // "de" and "el" of "del" both cut the surface token
                whole = false;
            } else {
                TextAligner.Found f = found(aligner.next(w.form()));
                span = f.span();
                whole = f.match() == TextAligner.Match.EXACT || f.match() == TextAligner.Match.FOLDED;
            }
            String word = whole ? text.substring(span.start(), span.end()) : w.form();
            String lemma = w.lemma().equals("_") || w.lemma().isEmpty() ? word : w.lemma();
            indexOfId.put(w.id(), tokens.size());
            TagMapping.PartOfSpeech pos = partOfSpeech(w);
            tokens.add(new Token(tokens.size(), word, lemma, pos.upos(), pos.features(), EntityClass.NONE, span));
        }
        List<Dependency> deps = new ArrayList<>();
        for (ConlluBlock.Word w : s.words()) {
            int dependent = indexOfId.get(w.id());
            Integer head = w.head() == 0 ? Integer.valueOf(Dependency.ROOT) : indexOfId.get(w.head());
            if (head == null || head == dependent) {
                problems.add("word " + w.id() + " '" + w.form() + "' has head " + w.head()
                        + ", no other word of its sentence: made a root");
                deps.add(new Dependency(Dependency.ROOT, dependent, "dep"));
                continue;
            }
            String relation = head == Dependency.ROOT
                    ? "root"
                    : relation(w.deprel(), tokens.get(head).upos());
            deps.add(new Dependency(head, dependent, relation));
        }
        int start = tokens.stream().mapToInt(t -> t.span().start()).min().orElse(0);
        int end = tokens.stream().mapToInt(t -> t.span().end()).max().orElse(0);
        return new Sentence(index, new Span(start, end), text.substring(start, end), tokens, deps);
    }

    private TextAligner.Found found(TextAligner.Found f) {
        matches.merge(f.match(), 1, Integer::sum);
        return f;
    }

    /** The Penn tag's part of speech where XPOS is one, else UPOS and FEATS as written (bad features left out). */
    private TagMapping.PartOfSpeech partOfSpeech(ConlluBlock.Word w) {
        if (tags.tags().contains(w.xpos())) {
            return tags.partOfSpeech(w.xpos());
        }
        Upos upos;
        try {
            upos = Upos.valueOf(w.upos());
        } catch (IllegalArgumentException e) {
            upos = Upos.X;
        }
        return new TagMapping.PartOfSpeech(upos, features(w.feats()));
    }

    /** The features of {@code feats} that are well formed; a bad pair is dropped, not the word. */
    static Features features(String feats) {
        try {
            return Features.parse(feats);
        } catch (IllegalArgumentException e) {
            SortedMap<String, List<String>> good = new TreeMap<>();
            for (String pair : feats.split("\\|")) {
                try {
                    Features one = Features.parse(pair);
                    one.values().forEach(good::putIfAbsent);
                } catch (IllegalArgumentException bad) {
                    // dropped
                }
            }
            return new Features(good);
        }
    }

    /** The relation in version 2 terms: as written, or translated from version 1. */
    String relation(String deprel, Upos headPos) {
        String r = deprel.isEmpty() || deprel.equals("_") ? "dep" : deprel;
        if (!version1) {
            return r;
        }
        if (V1.containsKey(r)) {
            return V1.get(r);
        }
        if ((r.equals("nmod") || r.startsWith("nmod:tmod") || r.startsWith("nmod:npmod"))
                && PREDICATES.contains(headPos)) {
            return "obl" + r.substring("nmod".length()); // version 2 keeps nmod for a noun's dependents only
        }
        return r;
    }
}
