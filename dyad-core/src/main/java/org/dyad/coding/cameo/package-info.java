/**
 * CAMEO event coding data: the PETRARCH verb dictionary ({@link org.dyad.coding.cameo.VerbDictionary},
 * read by {@link org.dyad.coding.cameo.VerbDictionaryReader}) and the code tables
 * ({@link org.dyad.coding.cameo.CameoCodebook}).
 *
 * <p>How the verb dictionary format (petrarch2 docs/source/dictionaries.rst) is read, where the
 * documentation leaves room:
 * <ul>
 * <li>A verb with {@code {...}} has exactly the forms listed there plus its base form; regular
 *     forms are generated only when there are no braces, as the format says. Consonant doubling
 *     is never guessed.</li>
 * <li>Plurals follow dictionaries.rst (Y to IES, SS to SSES, else S), spelled as English does for
 *     vowel+Y and the other sibilants. A pattern word also matches its singular, because the
 *     matcher compares lemmas.</li>
 * <li>Synsets may be defined anywhere in a file; a reference to one defined nowhere skips the
 *     pattern with a diagnostic. Labels are stored without {@code &} and a trailing {@code _}.</li>
 * <li>{@code A_B} in a pattern is the phrase of consecutive words A B; a disjunction such as
 *     {@code BY/WITH} skips the pattern, as PETRARCH does.</li>
 * <li>{@code [a:b]}: {@code a} is the code (empty for {@code ---} or nothing), {@code b} the
 *     paired code. Blocks and verbs may carry paired codes too ({@code VISIT [042:043]}), hence
 *     {@link org.dyad.coding.cameo.VerbBlock#pairedCode()} and
 *     {@link org.dyad.coding.cameo.VerbEntry#ownPairedCode()}; a verb's {@code [---]} is kept as
 *     {@link org.dyad.coding.cameo.VerbEntry#NULL_CODE} so that it can override a block code.</li>
 * <li>A TABARI-style {@code ;} comment is honoured on verb lines, where the bundled file uses it.</li>
 * </ul>
 */
package org.dyad.coding.cameo;
