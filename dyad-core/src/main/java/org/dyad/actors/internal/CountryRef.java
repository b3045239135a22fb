package org.dyad.actors.internal;

import java.util.Optional;

/**
 * An actor named by a modifier or a patron phrase: its country (empty for IGOs, NGOs and the
 * like), the agent class its code carries ("Secretary of State" is USAGOV), its code and name,
 * the token it stands at, and the dictionary entry (with how it was used) that said so.
 */
record CountryRef(
        Optional<String> country, Optional<String> agent, String code, String name, int token, String source) {

    /** The same reference, its evidence saying how it was used ("location", ...). */
    CountryRef because(String how) {
        return new CountryRef(country, agent, code, name, token, how + " " + source);
    }
}
