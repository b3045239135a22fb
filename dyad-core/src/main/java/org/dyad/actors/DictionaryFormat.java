package org.dyad.actors;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dyad.actors.internal.Comments;

/**
 * The format of a user's dictionary file, told apart by its lines outside comments (see
 * {@code docs/dictionaries.md}): dyad's simple actor format, the Phoenix actor format or the
 * Phoenix agents format.
 */
public enum DictionaryFormat {
    /** dyad's simple format: {@code NAME | ALIAS = CODE FROM..TO patron=ISO3}. */
    SIMPLE,
    /** The PETRARCH/Phoenix actor format: phrase lines, {@code +} synonyms, {@code [CODE]} code lines. */
    PHOENIX_ACTORS,
    /** The PETRARCH/Phoenix agents format: {@code PHRASE {plural} [~CODE]}, {@code !SET! = A, B} substitution sets. */
    PHOENIX_AGENTS;

    // "[SYRMIL]", "[IRNGOV >20130804]", "[---]", "[pse]", "[FRO/BIL/SAM]", "[+++]". Simple-format
    // lines always have an '=', which Phoenix actor lines never have, so a bracket in a name does not count.
    private static final Pattern ACTOR_CODE = Pattern.compile("\\[\\s*([A-Za-z0-9/]+|---|\\+\\+\\+)(\\s[^\\]]*)?\\]");
    // "[~GOV]", "[NGO~]", "[ ~COP]"; the bundled agents file once closes one with '}'.
    private static final Pattern AGENT_CODE = Pattern.compile("\\[\\s*(~\\s*[A-Za-z0-9]+|[A-Za-z0-9]+\\s*~)\\s*[\\]}]");
    private static final Pattern SUBSTITUTION_SET = Pattern.compile("![A-Za-z0-9_]+!\\s*=.*");

    /**
     * The format of a file with these lines: the Phoenix agents format when more lines carry an
     * agent code or define a substitution set than carry an actor code, else the Phoenix actor
     * format when some line carries an actor code and no {@code =}, else the simple format.
     */
    public static DictionaryFormat of(List<String> lines) {
        Comments comments = new Comments("");
        int actorLines = 0;
        int agentLines = 0;
        for (int i = 0; i < lines.size(); i++) {
            Optional<String> content = comments.content(i + 1, lines.get(i));
            String line = content.orElse("");
            if (AGENT_CODE.matcher(line).find()
                    || SUBSTITUTION_SET.matcher(line).matches()) {
                agentLines++;
            } else if (line.indexOf('=') < 0 && ACTOR_CODE.matcher(line).find()) {
                actorLines++;
            }
        }
        if (agentLines > actorLines) {
            return PHOENIX_AGENTS;
        }
        return actorLines > 0 ? PHOENIX_ACTORS : SIMPLE;
    }
}
