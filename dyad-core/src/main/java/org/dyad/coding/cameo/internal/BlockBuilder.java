package org.dyad.coding.cameo.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dyad.coding.cameo.VerbBlock;
import org.dyad.coding.cameo.VerbEntry;
import org.dyad.coding.cameo.VerbPattern;

/**
 * A verb block being read: its header, its verbs, and its pattern lines kept as text until the
 * whole file has been read, so that patterns can use synsets defined anywhere in it.
 */
final class BlockBuilder {

    private record PatternLine(String text, int line) {}

    private final BlockHeader header;
    private final String file;
    private final int line;
    private final List<VerbEntry> verbs = new ArrayList<>();
    private final List<PatternLine> patternLines = new ArrayList<>();

    BlockBuilder(BlockHeader header, String file, int line) {
        this.header = header;
        this.file = file;
        this.line = line;
    }

    String name() {
        return header.name();
    }

    void addVerb(VerbEntry verb) {
        verbs.add(verb);
    }

    void addPattern(String text, int patternLine) {
        patternLines.add(new PatternLine(text, patternLine));
    }

    /** The block with every pattern that reads; the others are reported to {@code diagnostics}. */
    VerbBlock build(PatternParser parser, Diagnostics diagnostics) {
        List<VerbPattern> patterns = new ArrayList<>();
        for (PatternLine p : patternLines) {
            try {
                patterns.add(parser.parse(p.text(), p.line()));
            } catch (MalformedLineException e) {
                diagnostics.add(p.line(), e.getMessage() + "; pattern skipped");
            }
        }
        return new VerbBlock(header.name(), header.code(), verbs, patterns, line, header.paired(), Optional.of(file));
    }
}
