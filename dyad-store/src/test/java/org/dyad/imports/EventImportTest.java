package org.dyad.imports;

import static org.dyad.imports.ImportFixtures.fixture;
import static org.dyad.imports.ImportFixtures.load;
import static org.dyad.imports.ImportFixtures.rows;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.dyad.store.StoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each format's fixture, written by hand from the format's documentation, imported into a store;
 * the expected values are worked out from the fixture rows and docs/import.md's mapping.
 */
class EventImportTest {
    @TempDir
    Path dir;

    @Test
    void icewsRowsAreMappedAndTheMalformedOneIsNamed() throws StoreException {
        Path db = dir.resolve("s.duckdb");
        ImportFixtures.Run run = load(db, ImportFormat.ICEWS, "icews", 2, fixture("events.1995.sample.tab"));
        assertEquals(new ImportSummary(1, 5, 4, 0, 1), run.summary());
        // Line 5 (the header is line 1) has the date 1995-13-45.
        assertTrue(run.err().contains("events.1995.sample.tab:5: date '1995-13-45' is not YYYY-MM-DD or YYYYMMDD"));
        assertEquals(1, run.err().lines().count(), run.err());
        List<Map<String, Object>> rows = rows(db, "icews");
        assertEquals(4, rows.size());
        Map<String, Object> putin = rows.get(0);
        assertEquals("926685", putin.get("event_id"));
        assertEquals("1995-01-01", putin.get("event_date").toString());
        assertEquals("Vladimir Putin", putin.get("source_name"));
        assertEquals("RUS", putin.get("source_code")); // "Russian Federation" is Russia's official name
        assertEquals("RUS", putin.get("source_country"));
        assertEquals("DEU", putin.get("target_country"));
        assertEquals("042", putin.get("cameo"));
        assertEquals("04", putin.get("cameo_root"));
        assertEquals(1, putin.get("quad_class"));
        assertEquals(1.9, putin.get("goldstein"));
        assertEquals("Berlin", putin.get("where_name"));
        assertEquals("DEU", putin.get("where_country"));
        assertEquals(52.52437, putin.get("where_lat"));
        assertEquals(13.41053, putin.get("where_lon"));
        assertEquals("events.1995.sample.tab", putin.get("file"));
        assertEquals(2L, ((Number) putin.get("line")).longValue());
        assertTrue(putin.get("original").toString().contains("\"Source Sectors\":\"Government,Executive\""));

        Map<String, Object> syria = rows.get(1);
        assertEquals("190", syria.get("cameo"));
        assertEquals(4, syria.get("quad_class"));
        assertEquals(-10.0, syria.get("goldstein"));
        assertEquals("SYR", syria.get("where_country"));

        // "43" lost its leading zero on the way; Intensity is blank, so the codebook weight of 043 (2.8).
        Map<String, Object> korea = rows.get(2);
        assertEquals("043", korea.get("cameo"));
        assertEquals(1, korea.get("quad_class"));
        assertEquals(2.8, korea.get("goldstein"));
        assertEquals("KOR", korea.get("source_country")); // "Korea, Republic of" turned round
        assertNull(korea.get("target_country")); // "Occupied Palestinian Territory" is no name in the table
        assertEquals("Korea, Republic of", korea.get("where_name"));
        assertNull(korea.get("where_lat"));

        // Event ID 926685 again on another day: ICEWS's ids are unique only with the date.
        assertEquals("926685", rows.get(3).get("event_id"));
        assertEquals("1995-01-04", rows.get(3).get("event_date").toString());
    }

    @Test
    void importingTheSameFileAgainAddsNothing() throws StoreException {
        Path db = dir.resolve("s.duckdb");
        load(db, ImportFormat.ICEWS, "icews", 10, fixture("events.1995.sample.tab"));
        ImportFixtures.Run again = load(db, ImportFormat.ICEWS, "icews", 10, fixture("events.1995.sample.tab"));
        assertEquals(new ImportSummary(1, 5, 0, 4, 1), again.summary());
        assertEquals(4, rows(db, "icews").size());
        // Under another name the same file is another source.
        load(db, ImportFormat.ICEWS, "icews-copy", 10, fixture("events.1995.sample.tab"));
        assertEquals(4, rows(db, "icews-copy").size());
    }

    @Test
    void aFileGivenTwiceInOneBatchIsStoredOnce() throws StoreException {
        Path db = dir.resolve("s.duckdb");
        Path f = fixture("events.1995.sample.tab");
        ImportFixtures.Run run = load(db, ImportFormat.ICEWS, "icews", 100, f, f);
        assertEquals(new ImportSummary(2, 10, 4, 4, 2), run.summary());
        assertEquals(
                List.of(2L, 3L, 4L, 6L),
                rows(db, "icews").stream()
                        .map(r -> ((Number) r.get("line")).longValue())
                        .toList());
    }

    @Test
    void gdeltOneAndTwoAreToldApartByColumnCount() throws StoreException {
        Path db = dir.resolve("s.duckdb");
        ImportFixtures.Run run = load(db, ImportFormat.GDELT, "gdelt", 100, fixture("gdelt-events.sample.csv"));
        assertEquals(new ImportSummary(1, 4, 3, 0, 1), run.summary());
        assertTrue(run.err().contains(":3: 40 columns: GDELT 1.0 rows have 57 or 58, GDELT 2.0 rows 61"), run.err());
        List<Map<String, Object>> rows = rows(db, "gdelt");
        Map<String, Object> v1 = rows.get(0);
        assertEquals("1", v1.get("event_id"));
        assertEquals("1979-01-01", v1.get("event_date").toString());
        assertEquals("AFG", v1.get("source_code"));
        assertEquals("PAKGOV", v1.get("target_code"));
        assertEquals("PAK", v1.get("target_country"));
        assertEquals("051", v1.get("cameo"));
        // GDELT calls root 05 verbal cooperation (1); dyad's rule, which its own events follow, material (2).
        assertEquals(2, v1.get("quad_class"));
        assertEquals(3.4, v1.get("goldstein"));
        assertEquals("PAK", v1.get("where_country"));
        assertEquals(30.0, v1.get("where_lat"));

        Map<String, Object> daily = rows.get(1);
        assertEquals("AFGMIL", daily.get("source_code"));
        assertEquals("AFG", daily.get("source_country"));
        assertNull(daily.get("target_code"));
        assertEquals(4, daily.get("quad_class"));
        assertEquals("Kabul, Kabol, Afghanistan", daily.get("where_name"));
        assertEquals("AFG", daily.get("where_country"));
        assertEquals(34.5167, daily.get("where_lat"));
        assertEquals(69.1833, daily.get("where_lon"));

        Map<String, Object> v2 = rows.get(2);
        assertEquals("410479387", v2.get("event_id"));
        assertEquals("2015-02-18", v2.get("event_date").toString());
        assertEquals("USAGOV", v2.get("source_code"));
        assertEquals("UNITED STATES", v2.get("source_name"));
        assertEquals("RUS", v2.get("target_country"));
        assertEquals("036", v2.get("cameo"));
        assertEquals("03", v2.get("cameo_root"));
        assertEquals(1, v2.get("quad_class"));
        assertEquals(4.0, v2.get("goldstein"));
        // The FIPS code RS is not read; the full name ends with the country.
        assertEquals("RUS", v2.get("where_country"));
        assertEquals(55.7522, v2.get("where_lat"));
        assertEquals(37.6156, v2.get("where_lon"));
        assertTrue(v2.get("original").toString().endsWith("\thttp://example.org/a"));
    }

    @Test
    void phoenixRowsKeepTheirCountriesAndRootZeroGetsDyadsQuad() throws StoreException {
        Path db = dir.resolve("s.duckdb");
        ImportFixtures.Run run = load(db, ImportFormat.PHOENIX, "phoenix", 100, fixture("phoenix-events.sample.txt"));
        // The first line names the columns and is not counted.
        assertEquals(new ImportSummary(1, 3, 2, 0, 1), run.summary());
        assertTrue(run.err().contains("phoenix-events.sample.txt:4: EventCode 'abc' is not a CAMEO code"), run.err());
        List<Map<String, Object>> rows = rows(db, "phoenix");
        Map<String, Object> aleppo = rows.get(0);
        assertEquals("a1b2c3", aleppo.get("event_id"));
        assertEquals("2014-06-20", aleppo.get("event_date").toString());
        assertEquals("SYRREB", aleppo.get("source_code"));
        assertEquals("SYR", aleppo.get("source_country"));
        assertEquals("SYRMIL", aleppo.get("target_code"));
        assertEquals(4, aleppo.get("quad_class"));
        assertEquals(-10.0, aleppo.get("goldstein"));
        assertEquals("Aleppo", aleppo.get("where_name"));
        assertEquals("SYR", aleppo.get("where_country"));

        // Phoenix's QuadClass 0 (neutral) for root 01; dyad's rule puts 01 in verbal cooperation.
        Map<String, Object> un = rows.get(1);
        assertEquals("USA", un.get("source_country"));
        assertEquals("IGOUNO", un.get("target_code"));
        assertNull(un.get("target_country"));
        assertEquals(1, un.get("quad_class"));
        assertEquals(0.0, un.get("goldstein"));
        assertNull(un.get("where_name"));
    }

    @Test
    void polecatTypesGetThePloverManualsQuad() throws StoreException {
        Path db = dir.resolve("s.duckdb");
        ImportFixtures.Run run = load(db, ImportFormat.POLECAT, "polecat", 100, fixture("polecat-events.sample.txt"));
        assertEquals(new ImportSummary(1, 4, 3, 0, 1), run.summary());
        assertTrue(run.err().contains("polecat-events.sample.txt:5: no date"), run.err());
        List<Map<String, Object>> rows = rows(db, "polecat");
        Map<String, Object> assault = rows.get(0);
        assertEquals("RUSMIL", assault.get("source_code"));
        assertEquals("Russian Armed Forces", assault.get("source_name"));
        assertEquals("UKRCVL", assault.get("target_code"));
        assertEquals("ASSAULT", assault.get("plover_type"));
        assertNull(assault.get("cameo"));
        assertEquals(4, assault.get("quad_class"));
        assertEquals(-9.5, assault.get("goldstein"));
        assertEquals("Kharkiv", assault.get("where_name"));
        assertEquals("UKR", assault.get("where_country"));

        // The row says Quad Code 4; the manual's numeric table puts SANCTION in verbal conflict. No intensity.
        Map<String, Object> sanction = rows.get(1);
        assertEquals(3, sanction.get("quad_class"));
        assertNull(sanction.get("goldstein"));
        assertNull(sanction.get("source_country")); // IGO is no country
        assertEquals("RUSGOV", sanction.get("target_code"));

        // Country names for codes, a lower-case type, and a row one empty cell longer than the header.
        Map<String, Object> consult = rows.get(2);
        assertEquals("FRAGOV", consult.get("source_code"));
        assertEquals("DEU", consult.get("target_country"));
        assertEquals("CONSULT", consult.get("plover_type"));
        assertEquals(1, consult.get("quad_class"));
        assertEquals(2.5, consult.get("goldstein"));
    }

    @Test
    void gzippedFilesAreReadAndMissingFilesNamed() throws StoreException, IOException {
        Path gz = dir.resolve("events.1995.sample.tab.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(Files.readAllBytes(fixture("events.1995.sample.tab")));
        }
        Path db = dir.resolve("s.duckdb");
        ImportFixtures.Run run = load(db, ImportFormat.ICEWS, "icews", 3, dir.resolve("missing.tab"), gz);
        assertEquals(new ImportSummary(1, 5, 4, 0, 1), run.summary());
        assertTrue(run.err().contains("missing.tab: no such file"), run.err());
        assertEquals("events.1995.sample.tab.gz", rows(db, "icews").get(0).get("file"));
    }

    @Test
    void aFileOfAnotherFormatIsRefusedWholeAndNothingIsUsable() throws StoreException {
        Path db = dir.resolve("s.duckdb");
        ImportFixtures.Run run = load(db, ImportFormat.ICEWS, "icews", 10, fixture("gdelt-events.sample.csv"));
        assertFalse(run.summary().usable());
        assertTrue(run.err().contains(":1: not ICEWS events: the header has no 'Event ID' column (file skipped)"));
    }
}
