package org.dyad.time;

import java.util.List;
import org.dyad.model.Sentence;
import org.dyad.model.TimeMention;
import org.dyad.testkit.Sentences;

/** Hand-built sentences with the time mentions SUTime gives them, for the time tests. */
final class TimeSentences {
    private TimeSentences() {}

    static Sentence of(String conll, TimeMention... times) {
        Sentence s = Sentences.of(conll);
        return new Sentence(s.index(), s.span(), s.text(), s.tokens(), s.dependencies(), List.of(times));
    }

    static TimeMention date(int start, int end, String text, String value) {
        return TimeMention.of(start, end, text, value, "DATE");
    }
}
