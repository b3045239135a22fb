package org.dyad.coding;

import java.util.Objects;
import java.util.Optional;
import org.dyad.coding.cameo.CameoCodebook;
import org.dyad.coding.plover.PloverMapping;
import org.dyad.model.EventCode;

/**
 * The model's {@link EventCode} for a CAMEO code: name, Goldstein weight and quad class from the
 * {@link CameoCodebook}, PLOVER type and mode from the {@link PloverMapping}. Immutable.
 */
public final class EventCodes {

    private final CameoCodebook codebook;
    private final PloverMapping plover;

    public EventCodes(CameoCodebook codebook, PloverMapping plover) {
        this.codebook = Objects.requireNonNull(codebook, "codebook");
        this.plover = Objects.requireNonNull(plover, "plover");
    }

    /** Event codes from the bundled tables. */
    public static EventCodes loadBundled() {
        return new EventCodes(CameoCodebook.loadBundled(), PloverMapping.loadBundled());
    }

    /** The event code for {@code cameo}; empty when the codebook cannot resolve it. */
    public Optional<EventCode> of(String cameo) {
        // CAMEO.SCALE.txt (v0.5B1) numbers a few codes differently from the codebook the verb
        // dictionary follows; the mapping's comments carry the later names, so they win.
        return codebook.lookup(cameo)
                .map(info -> new EventCode(
                        info.code(),
                        plover.cameoName(info.code()).orElse(info.name()),
                        info.goldstein(),
                        info.quadClass(),
                        plover.forCameo(info.code())));
    }

    public CameoCodebook codebook() {
        return codebook;
    }

    public PloverMapping plover() {
        return plover;
    }
}
