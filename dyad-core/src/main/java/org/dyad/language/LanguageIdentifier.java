package org.dyad.language;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Which language a text is in, by Lingua's n-gram models over the candidate languages
 * ({@code dyad/language/candidates.txt}). Thread-safe; its models load on first use.
 *
 * <p>English is kept unless another language is clearly more likely: a one-line English input
 * ("Iran criticized Israel.") can score close to Spanish or Dutch, and coding English as
 * something else loses its events, while a Spanish article scores English far below Spanish.
 */
public final class LanguageIdentifier {
    /** The characters read: the start of an article says its language as well as the whole. */
    static final int SAMPLE = 2_000;

    /** English stays the answer while its confidence is at least this share of the best one's. */
    static final double ENGLISH_KEPT = 0.9;

    private final LanguageDetector detector;

    public LanguageIdentifier() {
        this(bundledCandidates());
    }

    LanguageIdentifier(List<Language> candidates) {
        this.detector = LanguageDetectorBuilder.fromLanguages(candidates.toArray(Language[]::new))
                .build();
    }

    /** The text's language as an ISO 639-1 code ("es"), or empty when the text has nothing to tell it by. */
    public Optional<String> identify(String text) {
        String sample = text.length() > SAMPLE ? text.substring(0, SAMPLE) : text;
        SortedMap<Language, Double> confidence = detector.computeLanguageConfidenceValues(sample);
        if (confidence.isEmpty()) {
            return Optional.empty();
        }
        Map.Entry<Language, Double> best = confidence.entrySet().iterator().next();
        double english = confidence.getOrDefault(Language.ENGLISH, 0.0);
        Language chosen = english >= ENGLISH_KEPT * best.getValue() ? Language.ENGLISH : best.getKey();
        return Optional.of(chosen.getIsoCode639_1().toString().toLowerCase(Locale.ROOT));
    }

    static List<Language> bundledCandidates() {
        List<Language> out = new ArrayList<>();
        try (InputStream in = LanguageIdentifier.class.getResourceAsStream("/dyad/language/candidates.txt")) {
            if (in == null) {
                throw new IllegalStateException("the bundled dyad/language/candidates.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    out.add(Language.valueOf(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled language list", e);
        }
        return out;
    }
}
