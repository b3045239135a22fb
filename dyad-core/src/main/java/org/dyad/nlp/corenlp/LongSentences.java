package org.dyad.nlp.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits sentences with more tokens than the taggers and the parser can take into pieces before
 * they run. CoreNLP's depparse has no length limit of its own: a 17,000-token run-on gives a
 * 17,000-deep tree whose post-processing overflows the stack, and the taggers slow down with
 * length. A piece ends after a comma, semicolon or colon in its second half where there is one.
 */
final class LongSentences {
    private LongSentences() {}

    /**
     * {@code sentences} of a text {@code text} (whose offsets they carry) with every sentence longer than
     * {@code maxTokens} split; sentence and token indices renumbered as the ssplit annotator numbers them.
     */
    static List<CoreMap> split(List<CoreMap> sentences, String text, int maxTokens) {
        List<CoreMap> out = new ArrayList<>(sentences.size());
        for (CoreMap s : sentences) {
            List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
            if (tokens.size() <= maxTokens) {
                out.add(s);
                continue;
            }
            int first = s.get(CoreAnnotations.TokenBeginAnnotation.class);
            for (int from = 0; from < tokens.size(); ) {
                int to = end(tokens, from, maxTokens);
                out.add(piece(tokens.subList(from, to), first + from, text));
                from = to;
            }
        }
        for (int i = 0; i < out.size(); i++) {
            out.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            for (CoreLabel token : out.get(i).get(CoreAnnotations.TokensAnnotation.class)) {
                token.setSentIndex(i);
            }
        }
        return out;
    }

    private static int end(List<CoreLabel> tokens, int from, int maxTokens) {
        int limit = Math.min(tokens.size(), from + maxTokens);
        if (limit == tokens.size()) {
            return limit;
        }
        for (int i = limit - 1; i >= from + maxTokens / 2; i--) {
            String word = tokens.get(i).word();
            if (",".equals(word) || ";".equals(word) || ":".equals(word)) {
                return i + 1;
            }
        }
        return limit;
    }

    private static CoreMap piece(List<CoreLabel> tokens, int firstTokenIndex, String text) {
        List<CoreLabel> own = new ArrayList<>(tokens);
        for (int i = 0; i < own.size(); i++) {
            own.get(i).setIndex(i + 1);
        }
        int begin = own.get(0).beginPosition();
        int end = own.get(own.size() - 1).endPosition();
        CoreMap piece = new ArrayCoreMap();
        piece.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        piece.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        piece.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        piece.set(CoreAnnotations.TokensAnnotation.class, own);
        piece.set(CoreAnnotations.TokenBeginAnnotation.class, firstTokenIndex);
        piece.set(CoreAnnotations.TokenEndAnnotation.class, firstTokenIndex + own.size());
        return piece;
    }
}
