package org.dyad.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.pipeline.DefaultPaths;
import edu.stanford.nlp.tagger.maxent.MaxentTagger;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Every tag the part-of-speech model dyad runs can give is in dyad's table of Penn tags, and no other. */
class TaggerTagsIT {
    /** The tag the tagger marks a sentence's boundary with; it never reaches a token. */
    private static final String BOUNDARY = ".$$.";

    @Test
    void theTableListsTheTaggersTagSet() {
        String model = EnglishModels.properties(org.dyad.nlp.NlpProfile.LEAN, 300)
                .getProperty("pos.model", DefaultPaths.DEFAULT_POS_MODEL);
        Set<String> tagSet = new TreeSet<>(new MaxentTagger(model).tagSet());
        tagSet.remove(BOUNDARY);

        assertThat(TagMapping.bundled().tags()).containsExactlyInAnyOrderElementsOf(tagSet);
        assertThat(TagMappingTest.TAGGER_TAGS).containsExactlyInAnyOrderElementsOf(tagSet);
    }
}
