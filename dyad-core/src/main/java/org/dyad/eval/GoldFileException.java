package org.dyad.eval;

import org.dyad.model.OneLine;

/**
 * A gold file (or a file of validation records) that cannot be read or is not in the expected
 * shape; the message names the file and the place in it ("gold.json: articles[2].events[0].plover:
 * not a string or a list of strings"). Scoring against half a gold file would give wrong figures,
 * so the whole file is refused. The message is one line, whatever the file quotes ({@link OneLine}).
 */
public final class GoldFileException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public GoldFileException(String message) {
        super(OneLine.of(message));
    }

    public GoldFileException(String message, Throwable cause) {
        super(OneLine.of(message), cause);
    }
}
