package org.dyad.nlp.corenlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.dyad.lexicon.Resources;
import org.dyad.model.EntityClass;
import org.dyad.model.Features;
import org.dyad.model.Upos;

/**
 * The mapping of CoreNLP's tags to dyad's: a Penn Treebank part-of-speech tag to a universal part
 * of speech with its features, by the table in {@value #RESOURCE}, and a NER class to an
 * {@link EntityClass}. Immutable; the adapter and the test kit each read it once.
 */
public final class TagMapping {
    /** The bundled table of Penn tags, with where its correspondences come from. */
    public static final String RESOURCE = "dyad/nlp/penn-tags.tsv";

    /** The part of speech a Penn tag stands for. */
    public record PartOfSpeech(Upos upos, Features features) {
        public PartOfSpeech {
            Objects.requireNonNull(upos, "upos");
            Objects.requireNonNull(features, "features");
        }
    }

    /** What a tag the table does not list, or a token with no tag, becomes in the adapter. */
    static final PartOfSpeech UNKNOWN = new PartOfSpeech(Upos.X, Features.NONE);

    /** CoreNLP's NER classes by name: dyad's entity classes bear CoreNLP's names. */
    private static final Map<String, EntityClass> NER = Arrays.stream(EntityClass.values())
            .filter(c -> c != EntityClass.NONE && c != EntityClass.OTHER)
            .collect(Collectors.toUnmodifiableMap(EntityClass::name, c -> c));

    private final String name;
    private final Map<String, PartOfSpeech> byTag;

    private TagMapping(String name, Map<String, PartOfSpeech> byTag) {
        this.name = name;
        this.byTag = Collections.unmodifiableMap(byTag);
    }

    /** Reads the bundled table of Penn tags. */
    public static TagMapping bundled() {
        return bundled(RESOURCE);
    }

    /** Reads the bundled table {@code resource}, of another tag set written the same way ({@code dyad/nlp/arabic-tags.tsv}). */
    public static TagMapping bundled(String resource) {
        try (BufferedReader in = Resources.open(resource)) {
            return read(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled resource " + resource, e);
        }
    }

    /** Reads a table of {@code TAG <tab> UPOS <tab> FEATS} lines; "#" starts a comment line. */
    static TagMapping read(String name, BufferedReader in) throws IOException {
        Map<String, PartOfSpeech> byTag = new LinkedHashMap<>();
        int number = 0;
        for (String line; (line = in.readLine()) != null; ) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = name + ":" + number + ": ";
            String[] f = line.split("\t", -1);
            if (f.length != 3) {
                throw new IllegalStateException(where + "want TAG, UPOS and FEATS apart by tabs, got \"" + line + "\"");
            }
            PartOfSpeech pos;
            try {
                pos = new PartOfSpeech(Upos.valueOf(f[1]), Features.parse(f[2]));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(where + e.getMessage(), e);
            }
            if (byTag.put(f[0], pos) != null) {
                throw new IllegalStateException(where + "tag " + f[0] + " is listed twice");
            }
        }
        return new TagMapping(name, byTag);
    }

    /** The Penn tags the table lists, in its order. */
    public Set<String> tags() {
        return byTag.keySet();
    }

    /** The part of speech of Penn tag {@code tag}; a tag the table does not list is an error. */
    public PartOfSpeech partOfSpeech(String tag) {
        PartOfSpeech pos = byTag.get(tag);
        if (pos == null) {
            throw new IllegalArgumentException("\"" + tag + "\" is not a tag of " + name);
        }
        return pos;
    }

    /**
     * As {@link #partOfSpeech}, but X with no features for a tag the table does not list or no tag
     * at all (null): the tagger gives none such, and one odd token must not stop an article.
     */
    PartOfSpeech partOfSpeechOrUnknown(String tag) {
        return tag == null ? UNKNOWN : byTag.getOrDefault(tag, UNKNOWN);
    }

    /**
     * The entity class of CoreNLP's NER class {@code ner}: {@link EntityClass#NONE} for "O" or no
     * class (null), the class of the same name, or {@link EntityClass#OTHER} for one dyad does not know.
     */
    public static EntityClass entityClass(String ner) {
        if (ner == null || ner.equals("O")) {
            return EntityClass.NONE;
        }
        return NER.getOrDefault(ner, EntityClass.OTHER);
    }
}
