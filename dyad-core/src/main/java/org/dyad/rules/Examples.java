package org.dyad.rules;

import java.util.ArrayList;
import java.util.List;

/** Reads a selector's example line: {@code Israel has [sided] with Russia => Israel}. */
final class Examples {
    private Examples() {}

    static Selector.Example parse(String text, String file, int line) throws MalformedRule {
        int arrow = text.lastIndexOf("=>");
        if (arrow < 0) {
            throw new MalformedRule("an example wants '=>' and the words the selector finds (or 'nothing')");
        }
        String sentence = text.substring(0, arrow).strip();
        int open = sentence.indexOf('[');
        int close = sentence.indexOf(']', open + 1);
        if (open < 0 || close < 0 || sentence.indexOf('[', open + 1) >= 0) {
            throw new MalformedRule(
                    "an example wants the word it asks about in brackets, once: 'X has [sided] with Y'");
        }
        String anchor = sentence.substring(open + 1, close).strip();
        if (anchor.isEmpty() || anchor.contains(" ")) {
            throw new MalformedRule("the bracketed word of an example is one word");
        }
        String plain = sentence.substring(0, open).replace("[", "");
        int occurrence = 0;
        for (String w : plain.split("\\s+")) {
            if (w.equals(anchor)) {
                occurrence++;
            }
        }
        List<String> expected = new ArrayList<>();
        String found = text.substring(arrow + 2).strip();
        if (!found.equals("nothing")) {
            for (String w : found.split(",")) {
                if (w.strip().isEmpty()) {
                    throw new MalformedRule("an empty word after '=>'");
                }
                expected.add(w.strip());
            }
        }
        if (expected.isEmpty() && !found.equals("nothing")) {
            throw new MalformedRule("an example wants the words found after '=>', or 'nothing'");
        }
        return new Selector.Example(sentence, anchor, occurrence, expected, file, line);
    }
}
