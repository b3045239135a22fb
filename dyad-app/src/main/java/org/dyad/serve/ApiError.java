package org.dyad.serve;

import java.util.Map;

/**
 * A request the server cannot answer as asked: the HTTP status to send, a message for the
 * client, and any headers the status calls for (Retry-After, WWW-Authenticate). Thrown by
 * handlers, turned into a JSON error by {@link ErrorMapping}.
 */
public final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final Map<String, String> headers;

    public ApiError(int status, String message) {
        this(status, message, Map.of());
    }

    public ApiError(int status, String message, Map<String, String> headers) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("error status " + status + " is not 4xx or 5xx");
        }
        this.status = status;
        this.headers = Map.copyOf(headers);
    }

    public int status() {
        return status;
    }

    /** Headers to send with the error, by name. */
    public Map<String, String> headers() {
        return headers;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
