package org.dyad.testkit;

import java.io.StringReader;
import java.util.List;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorLexicon;
import org.dyad.actors.AgentDictionary;
import org.dyad.actors.AgentDictionaryReader;
import org.dyad.actors.Country;
import org.dyad.actors.CountryTable;
import org.dyad.actors.PhoenixActorReader;

/** A small actor lexicon for tests: a dozen countries, a few dictionary actors and agents. */
public final class MiniLexicon {
    private MiniLexicon() {}

    public static final String ACTORS = String.join(
            "\n",
            "UNITED_NATIONS_ [IGOUNO]",
            "+U.N._",
            "ISLAMIC_REVOLUTIONARY_GUARD_CORPS_",
            "+IRGC_",
            "\t[IRNMIL]",
            "BASHAR_AL-ASSAD_",
            "+ASSAD_",
            "+BASHAR_ASSAD_",
            "\t[SYRGOV]",
            "SECRETARY_OF_STATE_ [USAGOV]",
            "U.S._ [USA]",
            "");

    public static final String AGENTS = String.join(
            "\n",
            "TROOP [~MIL]",
            "FORCES {} [~MIL]",
            "MINISTER [~GOV]",
            "REBEL [~REB]",
            "COMMANDER [~MIL]",
            "MILITIA [~MIL]",
            "HUMAN_RIGHTS_GROUP [NGO~]",
            "");

    public static CountryTable countries() {
        return CountryTable.of(List.of(
                country("ISR", "Israel", "Israeli", "Jerusalem"),
                country("IRN", "Iran", "Iranian", "Tehran"),
                country("SYR", "Syria", "Syrian", "Damascus"),
                country("RUS", "Russia", "Russian", "Moscow"),
                country("IRQ", "Iraq", "Iraqi", "Baghdad"),
                country("USA", "United States", "American", "Washington"),
                country("JOR", "Jordan", "Jordanian", "Amman"),
                country("GBR", "United Kingdom", "British", "London"),
                country("LBY", "Libya", "Libyan", "Tripoli"),
                country("HUN", "Hungary", "Hungarian", "Budapest"),
                country("SRB", "Serbia", "Serbian", "Belgrade"),
                country("NGA", "Nigeria", "Nigerian", "Abuja"),
                country("TCD", "Chad", "Chadian", "N'Djamena"),
                country("EGY", "Egypt", "Egyptian", "Cairo")));
    }

    private static Country country(String iso3, String name, String demonym, String capital) {
        List<String> alt = iso3.equals("GBR") ? List.of("Britain") : List.of();
        return new Country(iso3, name, List.of(demonym), List.of(capital), alt, 0, 0);
    }

    public static ActorLexicon build() {
        ActorDictionary actors = new PhoenixActorReader().read("test.actors.txt", new StringReader(ACTORS));
        AgentDictionary agents = new AgentDictionaryReader().read("test.agents.txt", new StringReader(AGENTS));
        return new ActorLexicon(actors, agents, countries());
    }
}
