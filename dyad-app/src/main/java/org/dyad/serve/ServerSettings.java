package org.dyad.serve;

import java.util.Objects;
import java.util.Optional;

/**
 * How the server guards itself: the bearer token its API asks for (none: the API is open to
 * whoever can reach the port), and the bounds of the pool that codes articles.
 */
public record ServerSettings(Optional<String> token, int codingWorkers, int codingQueue) {
    /** One article coded at a time (it takes a core of a small machine), four waiting. */
    public static final int DEFAULT_CODING_WORKERS = 1;

    public static final int DEFAULT_CODING_QUEUE = 4;

    public ServerSettings {
        Objects.requireNonNull(token, "token");
        token.ifPresent(ServerSettings::checkToken);
        if (codingWorkers < 1) {
            throw new IllegalArgumentException("coding workers " + codingWorkers + " is below 1");
        }
        if (codingQueue < 0) {
            throw new IllegalArgumentException("coding queue " + codingQueue + " is negative");
        }
    }

    /** No token, the default pool. */
    public static ServerSettings open() {
        return new ServerSettings(Optional.empty(), DEFAULT_CODING_WORKERS, DEFAULT_CODING_QUEUE);
    }

    public ServerSettings withToken(String value) {
        return new ServerSettings(Optional.of(value), codingWorkers, codingQueue);
    }

    public ServerSettings withCoding(int workers, int queue) {
        return new ServerSettings(token, workers, queue);
    }

    /** A token travels in an Authorization header: printable ASCII without spaces, or a client could not send it. */
    private static void checkToken(String value) {
        if (value.isEmpty()) {
            throw new IllegalArgumentException("the token is empty");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("the token has a character that cannot go in an HTTP header at " + i
                        + " (printable ASCII without spaces only)");
            }
        }
    }
}
