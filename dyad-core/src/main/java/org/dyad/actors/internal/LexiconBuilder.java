package org.dyad.actors.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.dyad.actors.ActorDictionary;
import org.dyad.actors.ActorEntry;
import org.dyad.actors.AgentDictionary;
import org.dyad.actors.AgentEntry;
import org.dyad.actors.Country;
import org.dyad.actors.CountryTable;
import org.dyad.actors.MatchKind;

/**
 * Fills the tries of the actor lexicon: proper names (Phoenix actors and the country table),
 * matched on the surface word, agents, matched on word or lemma in any case, and the user's
 * actors and agents, which are kept apart because they override the bundled ones.
 */
public final class LexiconBuilder {
    private final TokenTrie<LexiconTarget> proper = new TokenTrie<>();
    private final TokenTrie<LexiconTarget> anyCase = new TokenTrie<>();
    private final TokenTrie<LexiconTarget> agents = new TokenTrie<>();
    private final TokenTrie<LexiconTarget> user = new TokenTrie<>();
    private final TokenTrie<LexiconTarget> userAgents = new TokenTrie<>();
    private final Map<List<String>, ActorEntry> userPhrases = new HashMap<>();
    private final Map<List<String>, AgentEntry> userAgentForms = new HashMap<>();
    private final List<String> diagnostics = new ArrayList<>();

    public void addActors(ActorDictionary dictionary) {
        for (ActorEntry entry : dictionary.entries()) {
            LexiconTarget target = new LexiconTarget.Actor(entry);
            Set<List<String>> done = new HashSet<>();
            for (String phrase : entry.phrases()) {
                // A trailing '_' marks an exact phrase; any other may also end in a regular plural.
                Set<List<String>> forms = new java.util.LinkedHashSet<>(PhraseForms.of(phrase, !phrase.endsWith("_")));
                // "THE_EU": news writes "the EU" with a lower-case article, which cannot start a name.
                for (List<String> form : List.copyOf(forms)) {
                    if (form.size() > 1 && form.get(0).equals("THE")) {
                        forms.add(form.subList(1, form.size()));
                    }
                }
                insert(proper, forms, done, target, entry.source() + ": phrase '" + phrase + "'");
            }
        }
    }

    /** Adds a user's actors; a phrase that an earlier user entry has too is reported, and the later entry wins. */
    public void addUserActors(ActorDictionary dictionary) {
        for (ActorEntry entry : dictionary.entries()) {
            Set<List<String>> done = new HashSet<>();
            for (String phrase : entry.phrases()) {
                Set<List<String>> forms = PhraseForms.of(phrase, !phrase.endsWith("_"));
                String firstWord = phrase.strip().split("[_\\s]+", 2)[0];
                LexiconTarget target = new LexiconTarget.UserActor(entry, !TokenKeys.looksProper(firstWord));
                ActorEntry earlier = forms.isEmpty()
                        ? null
                        : userPhrases.put(forms.iterator().next(), entry);
                if (earlier != null && earlier != entry) {
                    String shown = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase;
                    diagnostics.add(entry.source() + ": phrase '" + shown + "' is also in '" + earlier.name() + "' at "
                            + earlier.source() + "; this later entry is used");
                }
                insert(user, forms, done, target, entry.source() + ": phrase '" + phrase + "'");
            }
        }
    }

    /**
     * Adds a user's agents; a form that an earlier user agent has with another code is reported,
     * and the later one wins. (Agents files repeat forms with the same code, which is harmless.)
     */
    public void addUserAgents(AgentDictionary dictionary) {
        for (AgentEntry entry : dictionary.entries()) {
            AgentEntry earlier = userAgentForms.put(entry.words(), entry);
            String phrase = String.join(" ", entry.words());
            if (earlier != null && !earlier.rendered().equals(entry.rendered())) {
                diagnostics.add(entry.source() + ": agent '" + phrase + "' is also " + earlier.rendered() + " at "
                        + earlier.source() + "; this later " + entry.rendered() + " is used");
            }
            insert(
                    userAgents,
                    PhraseForms.ofWords(entry.words(), false),
                    new HashSet<>(),
                    new LexiconTarget.UserAgent(entry),
                    entry.source() + ": agent '" + phrase + "'");
        }
    }

    /** Adds names, capitals and demonyms; {@code phoenixCountries} rank first when a phrase is shared. */
    public void addCountries(CountryTable table, Set<String> phoenixCountries) {
        for (Country country : table.all()) {
            int known = phoenixCountries.contains(country.iso3()) ? 0 : 1;
            Set<List<String>> done = new HashSet<>();
            addCountryNames(
                    table.name(),
                    country,
                    MatchKind.COUNTRY_NAME,
                    "common_name",
                    0 + known,
                    List.of(country.name()),
                    done);
            addCountryNames(
                    table.name(),
                    country,
                    MatchKind.COUNTRY_NAME,
                    "official_name",
                    2 + known,
                    table.officialName(country.iso3()).stream().toList(),
                    done);
            addCountryNames(
                    table.name(), country, MatchKind.COUNTRY_NAME, "alt_name", 4 + known, country.altNames(), done);
            addCountryNames(table.name(), country, MatchKind.CAPITAL, "capital", 6 + known, country.capitals(), done);
            addCountryNames(table.name(), country, MatchKind.DEMONYM, "demonym", 8 + known, country.demonyms(), done);
        }
    }

    public void addAgents(AgentDictionary dictionary) {
        for (AgentEntry entry : dictionary.entries()) {
            Set<List<String>> forms = PhraseForms.ofWords(entry.words(), false);
            insert(
                    agents,
                    forms,
                    new HashSet<>(),
                    new LexiconTarget.Agent(entry),
                    entry.source() + ": agent '" + String.join(" ", entry.words()) + "'");
        }
    }

    public TokenTrie<LexiconTarget> proper() {
        return proper;
    }

    /** The country names and demonyms that match in any case. */
    public TokenTrie<LexiconTarget> anyCase() {
        return anyCase;
    }

    public TokenTrie<LexiconTarget> agents() {
        return agents;
    }

    public TokenTrie<LexiconTarget> user() {
        return user;
    }

    public TokenTrie<LexiconTarget> userAgents() {
        return userAgents;
    }

    public List<String> diagnostics() {
        return List.copyOf(diagnostics);
    }

    private void addCountryNames(
            String table,
            Country country,
            MatchKind kind,
            String field,
            int rank,
            List<String> names,
            Set<List<String>> done) {
        LexiconTarget target = new LexiconTarget.CountryName(country, kind, field, rank, table);
        for (String name : names) {
            // A name the table writes in lower case is written so in text ("el gobierno ruso"): it
            // matches in any case, and its table lists every form it takes.
            boolean lower = name.equals(name.toLowerCase(Locale.ROOT));
            // Demonyms name people, so "Iranians" is as good as "Iranian"; names and capitals are singular.
            Set<List<String>> forms = PhraseForms.of(name, kind == MatchKind.DEMONYM && !lower);
            insert(
                    lower ? anyCase : proper,
                    forms,
                    done,
                    target,
                    table + ":" + country.iso3() + " " + field + " '" + name + "'");
        }
    }

    private void insert(
            TokenTrie<LexiconTarget> trie,
            Set<List<String>> forms,
            Set<List<String>> done,
            LexiconTarget target,
            String where) {
        if (forms.isEmpty() || PhraseForms.skippable(forms.iterator().next())) {
            diagnostics.add(where + " skipped: one letter or punctuation only");
            return;
        }
        for (List<String> form : forms) {
            if (done.add(form)) {
                trie.insert(form, target);
            }
        }
    }
}
