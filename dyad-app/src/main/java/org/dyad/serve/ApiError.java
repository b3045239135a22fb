package org.dyad.serve;

/**
 * A request the server cannot answer as asked: the HTTP status to send and a message for the
 * client. Thrown by handlers, turned into a JSON error by {@link ErrorMapping}.
 */
public final class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("error status " + status + " is not 4xx or 5xx");
        }
        this.status = status;
    }

    public int status() {
        return status;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message);
    }
}
