/**
 * The actor dictionary layer: readers for the PETRARCH/Phoenix actor and agent dictionaries
 * and the bundled country table, and {@link org.dyad.actors.ActorLexicon}, which finds actors,
 * countries (names, demonyms, capitals) and agents in a sentence's tokens.
 *
 * <p>User dictionaries. {@link org.dyad.actors.UserActorReader} reads a user's own files, in
 * dyad's simple format ({@code NAME | ALIAS = CODE FROM..TO patron=ISO3}, see
 * {@code docs/dictionaries.md}), the Phoenix actor format or the Phoenix agents format, as
 * {@link org.dyad.actors.DictionaryFormat} tells them apart, into a {@link org.dyad.actors.UserDictionary};
 * {@link org.dyad.actors.ActorLexicon#load(java.util.List)} adds them after the bundled data. A
 * user entry or agent replaces every bundled target of its phrase, on every date; a user's actor
 * beats a user's agent, and the later of two user entries wins. {@link org.dyad.actors.UnknownActors}
 * counts the actors that no dictionary knows, to help write such files.
 *
 * <p>Data (class path, with licence and source beside each): {@code /dyad/dictionaries/phoenix/}
 * (PETRARCH2 Phoenix files, MIT, verbatim) and {@code /dyad/countries/countries.tsv}
 * (converted from world-countries 5.1.0, ODbL).
 *
 * <p>Reading. Malformed lines never throw: they are skipped and reported as "file:line: why"
 * diagnostics. Beyond the documented format the readers accept what the shipped files do:
 * primary lines that lost their {@code +} and share the code lines below them, a space after
 * {@code <} or {@code >}, several codes on one line, {@code ;} as well as {@code #} comments,
 * two synonyms run together on one line ("+A_ +B_"), and a {@code }} closing an agent code; and
 * what the PETRARCH validation files write: {@code <!-- -->} comments, lower-case codes, compound
 * codes ({@code [FRO/BIL/SAM]}: the first code, the others kept with it) and {@code [+++]} (read
 * as the null code). A line that is only comment is read as if absent. Code lines that follow a
 * blank line, or one with nothing before its trailing comment, after a finished entry have lost
 * their phrase line and are skipped rather than added to the entry above.
 *
 * <p>Codes by date. The null code {@code ---} means "no code". On a date, the dated code valid
 * then wins (the latest-starting one when hand-overs overlap), else the undated default; without
 * a date, the default, else the dated code that ends last.
 *
 * <p>Matching. Phrases are compared upper-cased with token words; hyphenated and possessive
 * phrases are also stored split the way CoreNLP splits them; a phrase without a trailing
 * {@code _} also matches with its last word in the regular plural. Proper names (actors and
 * country names) must start at a token that starts with a capital or digit, or has a capital
 * after a hyphen ("al-Assad"); agents match in any case and on lemmas. Matches do not overlap:
 * longest first, then leftmost. On one span a Phoenix actor beats the country table unless
 * both give the same code, when the table's kind (name, demonym, capital) is kept.
 */
package org.dyad.actors;
