package org.dyad.serve;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Query parameters, checked: a bad one is a 400 that names it and says what it should be. */
final class Params {
    /** Longer values are no actor, code or name anyone asks for; refusing them keeps queries small. */
    static final int MAX_TEXT = 200;

    private Params() {}

    static Optional<String> text(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (value.length() > MAX_TEXT) {
            throw ApiError.badRequest(name + ": longer than " + MAX_TEXT + " characters");
        }
        return Optional.of(value.strip());
    }

    static String required(Context ctx, String name) {
        return text(ctx, name).orElseThrow(() -> ApiError.badRequest(name + ": required"));
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        Optional<String> value = text(ctx, name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.get());
            if (n < min || n > max) {
                throw ApiError.badRequest(name + ": " + n + " is not between " + min + " and " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest(name + ": '" + value.get() + "' is not a whole number");
        }
    }

    static Optional<LocalDate> date(Context ctx, String name) {
        return text(ctx, name).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw ApiError.badRequest(name + ": '" + v + "' is not a date like 2019-05-13");
            }
        });
    }

    static boolean flag(Context ctx, String name) {
        Optional<String> value = text(ctx, name);
        if (value.isEmpty()) {
            return false;
        }
        return switch (value.get()) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw ApiError.badRequest(name + ": '" + value.get() + "' is not true or false");
        };
    }

    /** One of {@code allowed}, or {@code fallback} when absent. */
    static String choice(Context ctx, String name, String fallback, String... allowed) {
        Optional<String> value = text(ctx, name);
        if (value.isEmpty()) {
            return fallback;
        }
        for (String a : allowed) {
            if (a.equals(value.get())) {
                return a;
            }
        }
        throw ApiError.badRequest(name + ": '" + value.get() + "' is not one of " + String.join(", ", allowed));
    }
}
