package org.dyad.actors;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.dyad.actors.internal.LexiconBuilder;
import org.dyad.actors.internal.LexiconTarget;
import org.dyad.actors.internal.MatchChooser;
import org.dyad.actors.internal.TokenKeys;
import org.dyad.actors.internal.TokenTrie;
import org.dyad.model.OneLine;
import org.dyad.model.Sentence;
import org.dyad.model.Span;

/**
 * The actor lexicon the coder matches sentences against: Phoenix actor phrases, the country
 * table's names, demonyms and capitals, Phoenix agent phrases, and the user's own actors and
 * agents, which override the rest for their phrases, held in token tries. It is immutable after
 * construction and safe to share between threads; whoever builds it owns it.
 */
public final class ActorLexicon {
    /** The class-path folder of the bundled Phoenix dictionaries. */
    public static final String PHOENIX_DIR = "/dyad/dictionaries/phoenix/";
    /** The bundled Phoenix actor files, read in this order. */
    public static final List<String> ACTOR_FILES = List.of(
            "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt");
    /** dyad's own additions to the Phoenix actors (see its SOURCES.md), read after them. */
    public static final String DYAD_ACTORS = "/dyad/dictionaries/dyad/dyad.actors.txt";
    /** The actors of 2015-2026 news, whose records replace the older files' for their names. */
    public static final String DYAD_RECENT_ACTORS = "/dyad/dictionaries/dyad/dyad.actors-2015-2026.txt";
    /** dyad's own additions to the Phoenix agents, read after them. */
    public static final String DYAD_AGENTS = "/dyad/dictionaries/dyad/dyad.agents.txt";
    /** The bundled Phoenix agents file. */
    public static final String AGENT_FILE = "Phoenix.agents.txt";

    private final TokenTrie<LexiconTarget> proper;
    private final TokenTrie<LexiconTarget> anyCase;
    private final TokenTrie<LexiconTarget> agents;
    private final Set<String> countryCodes;
    private final CountryTable countries;
    private final List<String> diagnostics;
    private final TokenTrie<LexiconTarget> user;
    private final TokenTrie<LexiconTarget> userAgents;
    private final List<String> userDiagnostics;
    /** Whether names are matched at tokens' lemmas as well as their words: the Arabic dictionary lists lemmas. */
    private final boolean byLemma;

    /** Builds a lexicon from its parts. */
    public ActorLexicon(ActorDictionary actors, AgentDictionary agentDictionary, CountryTable countries) {
        this(actors, agentDictionary, countries, false);
    }

    /**
     * Builds a lexicon from its parts whose names match a token's lemma as well as its word when
     * {@code byLemma} (a dictionary that lists lemmas, as the Arabic one does: "اتحاد افريقي" for
     * "الاتحاد الافريقي").
     */
    public ActorLexicon(
            ActorDictionary actors, AgentDictionary agentDictionary, CountryTable countries, boolean byLemma) {
        this.byLemma = byLemma;
        this.countries = Objects.requireNonNull(countries, "countries");
        Set<String> phoenixCountries = phoenixCountryCodes(actors);
        Set<String> codes = new TreeSet<>(phoenixCountries);
        countries.all().forEach(c -> codes.add(c.iso3()));
        this.countryCodes = Set.copyOf(codes);
        LexiconBuilder builder = new LexiconBuilder();
        builder.addActors(actors);
        builder.addCountries(countries, phoenixCountries);
        builder.addAgents(agentDictionary);
        this.proper = builder.proper();
        this.anyCase = builder.anyCase();
        this.agents = builder.agents();
        List<String> all = new ArrayList<>(actors.diagnostics());
        all.addAll(agentDictionary.diagnostics());
        all.addAll(builder.diagnostics());
        this.diagnostics = OneLine.all(all);
        this.user = new TokenTrie<>();
        this.userAgents = new TokenTrie<>();
        this.userDiagnostics = List.of();
    }

    /** {@code base} with {@code userDictionary} in place of its user actors and agents. */
    private ActorLexicon(ActorLexicon base, UserDictionary userDictionary) {
        this.proper = base.proper;
        this.byLemma = base.byLemma;
        this.anyCase = base.anyCase;
        this.agents = base.agents;
        this.countryCodes = base.countryCodes;
        this.countries = base.countries;
        LexiconBuilder builder = new LexiconBuilder();
        builder.addUserActors(userDictionary.actors());
        builder.addUserAgents(userDictionary.agents());
        this.user = builder.user();
        this.userAgents = builder.userAgents();
        List<String> notes = new ArrayList<>(userDictionary.diagnostics());
        notes.addAll(builder.diagnostics());
        for (ActorEntry entry : userDictionary.actors().entries()) {
            entry.patron()
                    .filter(p -> !countryCodes.contains(p))
                    .ifPresent(p -> notes.add(
                            entry.source() + ": patron=" + p + " is not a country code dyad knows; kept as written"));
        }
        this.userDiagnostics = OneLine.all(notes);
        this.diagnostics = base.diagnostics;
    }

    /** Loads the bundled dictionaries and country table from the class path. */
    public static ActorLexicon load() {
        PhoenixActorReader reader = new PhoenixActorReader();
        ActorDictionary actors = ActorDictionary.empty();
        for (String file : ACTOR_FILES) {
            actors = actors.merge(reader.readResource(PHOENIX_DIR + file));
        }
        actors = actors.merge(reader.readResource(DYAD_ACTORS));
        actors = actors.overriddenBy(reader.readResource(DYAD_RECENT_ACTORS));
        AgentDictionaryReader agentReader = new AgentDictionaryReader();
        AgentDictionary agents =
                agentReader.readResource(PHOENIX_DIR + AGENT_FILE).merge(agentReader.readResource(DYAD_AGENTS));
        return new ActorLexicon(actors, agents, CountryTable.load());
    }

    /**
     * The Spanish lexicon: UniversalPetrarch's Spanish actors and agents ({@link SpanishDictionaries})
     * with the countries under their Spanish names, demonyms and capitals.
     */
    public static ActorLexicon loadSpanish() {
        return new ActorLexicon(SpanishDictionaries.actors(), SpanishDictionaries.agents(), CountryTable.loadSpanish());
    }

    /**
     * The Arabic lexicon: UniversalPetrarch's Arabic actors and agents ({@link ArabicDictionaries}),
     * matched at lemmas as well as words, with the countries' Arabic names (the Arabic actors
     * lack many: "الولايات المتحدة").
     */
    public static ActorLexicon loadArabic() {
        return new ActorLexicon(
                ArabicDictionaries.actors(), ArabicDictionaries.agents(), CountryTable.loadArabic(), true);
    }

    /**
     * Loads the bundled dictionaries, then the user's actor and agents files in order (see
     * {@link UserActorReader}): a user entry or agent overrides the bundled ones for its phrases,
     * and a later file's an earlier one's. Problems in the user's files are in {@link #userDiagnostics()}.
     *
     * @throws java.io.UncheckedIOException when a user file is missing, unreadable or not UTF-8
     */
    public static ActorLexicon load(List<Path> userFiles) {
        return load().withUserFiles(userFiles);
    }

    /**
     * This lexicon with the user's actor and agents files read over it, in order, as
     * {@link #load(List)} reads them over the English one.
     *
     * @throws java.io.UncheckedIOException when a user file is missing, unreadable or not UTF-8
     */
    public ActorLexicon withUserFiles(List<Path> userFiles) {
        UserDictionary user = UserDictionary.empty();
        UserActorReader reader = new UserActorReader();
        for (Path file : userFiles) {
            user = user.merge(reader.readDictionary(file));
        }
        return withUserDictionary(user);
    }

    /** This lexicon with {@code userActors} as the user's actors and no user agents ({@link #withUserDictionary}). */
    public ActorLexicon withUserActors(ActorDictionary userActors) {
        return withUserDictionary(
                new UserDictionary(userActors, UserDictionary.empty().agents()));
    }

    /**
     * This lexicon with {@code user}'s actors and agents as the user's (replacing any it had):
     * they win over the bundled targets of the same phrase, a user's actor over a user's agent,
     * and among themselves the later entry wins. The bundled tries are shared, not copied.
     */
    public ActorLexicon withUserDictionary(UserDictionary user) {
        return new ActorLexicon(this, user);
    }

    /**
     * The matches in {@code sentence}, in token order: non-overlapping, the longest first and
     * the leftmost among equally long ones. Actor codes are those valid on {@code date}.
     */
    public List<LexiconMatch> match(Sentence sentence, Optional<LocalDate> date) {
        Objects.requireNonNull(date, "date");
        int n = sentence.size();
        String[] words = new String[n];
        String[] lemmas = new String[n];
        for (int i = 0; i < n; i++) {
            words[i] = TokenKeys.key(sentence.token(i).word());
            lemmas[i] = TokenKeys.key(sentence.token(i).lemma());
        }
        List<LexiconMatch> candidates = new ArrayList<>();
        for (int start = 0; start < n; start++) {
            Map<Integer, Set<LexiconTarget>> byEnd = new TreeMap<>();
            boolean properStart = TokenKeys.looksProper(sentence.token(start).word()) || articleOfName(sentence, start);
            if (properStart) {
                walkWords(proper, words, start, byEnd, t -> true);
                if (byLemma) {
                    walkWords(proper, lemmas, start, byEnd, t -> true);
                }
            }
            walkWords(anyCase, words, start, byEnd, t -> true);
            walkWords(user, words, start, byEnd, t -> properStart || ((LexiconTarget.UserActor) t).anyCase());
            walkAgents(words, lemmas, start, agents.root(), byEnd);
            walkAgents(words, lemmas, start, userAgents.root(), byEnd);
            for (Map.Entry<Integer, Set<LexiconTarget>> e : byEnd.entrySet()) {
                MatchChooser.choose(e.getValue(), new Span(start, e.getKey()), date)
                        .ifPresent(candidates::add);
            }
        }
        return MatchChooser.longestFirst(candidates);
    }

    /** "al - Shabab": a lower-case article the tokenizer split off a capitalised name. */
    private static boolean articleOfName(Sentence sentence, int start) {
        return start + 2 < sentence.size()
                && sentence.token(start + 1).word().equals("-")
                && TokenKeys.looksProper(sentence.token(start + 2).word());
    }

    /** Whether {@code code} is a country: in the country table, or a bare three-letter Phoenix code. */
    public boolean isCountryCode(String code) {
        return countryCodes.contains(code);
    }

    /** {@link CodeParts#of} with this lexicon's country codes. */
    public CodeParts parts(String code) {
        return CodeParts.of(code, this::isCountryCode);
    }

    /** The common English name of a country ("Iran" for IRN). */
    public Optional<String> countryName(String iso3) {
        return countries.byCode(iso3).map(Country::name);
    }

    public CountryTable countries() {
        return countries;
    }

    /** The problems met reading the dictionaries and building the lexicon, "file:line: why", the user's last. */
    public List<String> diagnostics() {
        List<String> all = new ArrayList<>(diagnostics);
        all.addAll(userDiagnostics);
        return List.copyOf(all);
    }

    /** The problems met reading the user's actor and agents files, "file:line: why": what the user should fix. */
    public List<String> userDiagnostics() {
        return userDiagnostics;
    }

    private static void walkWords(
            TokenTrie<LexiconTarget> trie,
            String[] words,
            int start,
            Map<Integer, Set<LexiconTarget>> byEnd,
            Predicate<LexiconTarget> usable) {
        TokenTrie.Node<LexiconTarget> node = trie.root();
        for (int i = start; i < words.length && node != null; i++) {
            node = node.child(words[i]);
            for (LexiconTarget target : node == null ? List.<LexiconTarget>of() : node.values()) {
                if (usable.test(target)) {
                    byEnd.computeIfAbsent(i + 1, k -> new LinkedHashSet<>()).add(target);
                }
            }
        }
    }

    /** Agents match on the word or the lemma of each token, so both paths are followed. */
    private void walkAgents(
            String[] words,
            String[] lemmas,
            int i,
            TokenTrie.Node<LexiconTarget> node,
            Map<Integer, Set<LexiconTarget>> byEnd) {
        if (i >= words.length) {
            return;
        }
        for (String key : words[i].equals(lemmas[i]) ? List.of(words[i]) : List.of(words[i], lemmas[i])) {
            TokenTrie.Node<LexiconTarget> child = node.child(key);
            if (child != null) {
                if (!child.values().isEmpty()) {
                    byEnd.computeIfAbsent(i + 1, k -> new LinkedHashSet<>()).addAll(child.values());
                }
                walkAgents(words, lemmas, i + 1, child, byEnd);
            }
        }
    }

    private static Set<String> phoenixCountryCodes(ActorDictionary actors) {
        Set<String> codes = new TreeSet<>();
        for (ActorEntry entry : actors.entries()) {
            for (DatedCode code : entry.codes()) {
                String c = code.code();
                if (c.length() == 3 && c.chars().allMatch(ch -> ch >= 'A' && ch <= 'Z') && !CodeParts.isAgentClass(c)) {
                    codes.add(c);
                }
            }
        }
        return codes;
    }
}
