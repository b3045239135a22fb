package org.dyad.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The checker the API tests rely on finds what does not fit, so a passing API test means something. */
class OpenApiCheckerTest {
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void reportsMissingFieldsWrongTypesUnknownFieldsAndValuesOutOfRange() throws Exception {
        OpenApiChecker checker = new OpenApiChecker(OpenApi.document(getClass().getClassLoader()));
        assertThat(checker.check("GET", "/api/v1/dyads", 200, json.readTree("{\"dyads\": []}")))
                .isEmpty();
        assertThat(checker.check("GET", "/api/v1/dyads", 200, json.readTree("{}")))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("no field dyads"));
        assertThat(checker.check("GET", "/api/v1/dyads?top=3", 200, json.readTree("{\"dyads\": 3}")))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("$.dyads").contains("array"));
        assertThat(checker.check("GET", "/api/v1/dyads", 200, json.readTree("{\"dyads\": [], \"extra\": 1}")))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("extra"));
        assertThat(checker.check(
                        "GET",
                        "/api/v1/events/e-1",
                        404,
                        json.readTree("{\"status\": \"404\", \"error\": \"x\", \"message\": \"y\"}")))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("$.status"));
        assertThat(checker.check(
                        "GET",
                        "/api/v1/timeline",
                        200,
                        json.readTree(
                                "{\"dyad\": \"A-B\", \"period\": \"year\", \"total\": 0, \"rows\": [], \"shifts\": [],"
                                        + " \"dyad_total\": 0, \"first_date\": null, \"last_date\": null,"
                                        + " \"from\": null, \"to\": null, \"active\": null}")))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("not one of"));
        assertThat(checker.check("DELETE", "/api/v1/events", 200, json.readTree("{}")))
                .singleElement()
                .satisfies(p -> assertThat(p).contains("no operation"));
    }
}
