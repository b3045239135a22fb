package org.dyad.nlp.conllu;

import java.util.ArrayList;
import java.util.List;

/**
 * A block of CoNLL-U text read into sentences of words and multi-word tokens. Comment lines
 * ({@code #}) and empty nodes ({@code 8.1}) are passed over; a blank line ends a sentence. A line
 * that is not ten (at least eight) tab-separated columns with a numeric ID is a problem, named in
 * {@link #problems()}, and left out.
 */
public record ConlluBlock(List<Sentence> sentences, List<String> problems) {

    /** One syntactic word: its 1-based ID, columns 2-8 as written ({@code _} for none), and its head (0: the root). */
    public record Word(
            int id, String form, String lemma, String upos, String xpos, String feats, int head, String deprel) {}

    /** A multi-word token, {@code 2-3 del}: the surface form of words {@code first} to {@code last}. */
    public record MultiWord(int first, int last, String form) {}

    /** The words of one sentence in order, and the surface tokens that cover several of them. */
    public record Sentence(List<Word> words, List<MultiWord> multiWords) {
        public Sentence {
            words = List.copyOf(words);
            multiWords = List.copyOf(multiWords);
        }
    }

    public ConlluBlock {
        sentences = List.copyOf(sentences);
        problems = List.copyOf(problems);
    }

    /** Reads {@code block}, a CoNLL-U text of one or more sentences. */
    public static ConlluBlock parse(String block) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        List<MultiWord> multi = new ArrayList<>();
        int number = 0;
        for (String raw : block.split("\\r?\\n", -1)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty()) {
                flush(words, multi, sentences);
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = raw.strip().split("\t", -1);
            if (f.length < 8) {
                problems.add("line " + number + " has " + f.length + " columns, not 10");
                continue;
            }
            String id = f[0].strip();
            try {
                if (id.contains(".")) {
                    continue; // an empty node of the enhanced graph: no surface word
                }
                int dash = id.indexOf('-');
                if (dash > 0) {
                    multi.add(new MultiWord(
                            Integer.parseInt(id.substring(0, dash)), Integer.parseInt(id.substring(dash + 1)), f[1]));
                    continue;
                }
                int head = f[6].strip().equals("_") ? -1 : Integer.parseInt(f[6].strip());
                if (Integer.parseInt(id) == 1 && !words.isEmpty()) {
                    flush(words, multi, sentences); // word 1 again without a blank line: a new sentence
                }
                words.add(new Word(Integer.parseInt(id), f[1], f[2], f[3], f[4], f[5], head, f[7].strip()));
            } catch (NumberFormatException e) {
                problems.add("line " + number + ": ID '" + id + "' or head '" + f[6] + "' is not a number");
            }
        }
        flush(words, multi, sentences);
        return new ConlluBlock(sentences, problems);
    }

    private static void flush(List<Word> words, List<MultiWord> multi, List<Sentence> out) {
        if (!words.isEmpty()) {
            out.add(new Sentence(words, multi));
        }
        words.clear();
        multi.clear();
    }
}
