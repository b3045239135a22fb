package org.dyad.actors;

import java.io.Reader;
import java.util.List;
import org.dyad.actors.internal.ActorFileParser;
import org.dyad.actors.internal.DictionaryLines;
import org.dyad.lexicon.Resources;

/**
 * Reads PETRARCH/TABARI actor dictionaries (the Phoenix {@code *.actors.txt} files) into an
 * {@link ActorDictionary}. Lines it cannot read are skipped and reported in the dictionary's
 * diagnostics; only an unreadable stream throws.
 */
public final class PhoenixActorReader {

    /**
     * Reads one actor file. {@code resourceOrFileName} names it in sources and diagnostics
     * (only its last path segment is kept: "Phoenix.Countries.actors.txt:22009").
     */
    public ActorDictionary read(String resourceOrFileName, Reader in) {
        ActorFileParser parser = new ActorFileParser(DictionaryLines.fileName(resourceOrFileName));
        List<String> lines = DictionaryLines.readAll(resourceOrFileName, in);
        for (int i = 0; i < lines.size(); i++) {
            parser.line(i + 1, lines.get(i));
        }
        return parser.finish();
    }

    /** Reads a UTF-8 actor file from the class path, e.g. "/dyad/dictionaries/phoenix/Phoenix.Countries.actors.txt". */
    public ActorDictionary readResource(String resourcePath) {
        return read(resourcePath, Resources.open(resourcePath));
    }
}
