package org.dyad.coding.cameo.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dyad.coding.cameo.VerbBlock;

/**
 * What one verb dictionary file held: its blocks, the synsets known after reading it (those of
 * the base dictionary included), its diagnostics and the date of its {@code LAST UPDATE} comment.
 */
public record ParsedVerbFile(
        List<VerbBlock> blocks,
        Map<String, List<List<String>>> synsets,
        List<String> diagnostics,
        Optional<String> lastUpdate) {}
