package org.dyad.actors;

import java.io.Reader;
import java.util.List;
import org.dyad.actors.internal.AgentFileParser;
import org.dyad.actors.internal.DictionaryLines;
import org.dyad.lexicon.Resources;

/**
 * Reads a PETRARCH agents dictionary (Phoenix.agents.txt): substitution sets, agent phrases
 * with {@code {plural}}, {@code {}} (no plural) or automatic regular plurals, and
 * {@code [~CODE]} or {@code [CODE~]} codes. Lines it cannot read become diagnostics.
 */
public final class AgentDictionaryReader {

    /** Reads one agents file; {@code resourceOrFileName}'s last path segment names it in sources. */
    public AgentDictionary read(String resourceOrFileName, Reader in) {
        AgentFileParser parser = new AgentFileParser(DictionaryLines.fileName(resourceOrFileName));
        List<String> lines = DictionaryLines.readAll(resourceOrFileName, in);
        for (int i = 0; i < lines.size(); i++) {
            parser.line(i + 1, lines.get(i));
        }
        return parser.finish();
    }

    /** Reads a UTF-8 agents file from the class path. */
    public AgentDictionary readResource(String resourcePath) {
        return read(resourcePath, Resources.open(resourcePath));
    }
}
