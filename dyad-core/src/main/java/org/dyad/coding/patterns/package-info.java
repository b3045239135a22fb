/**
 * A user's own event patterns ({@code dyad code --patterns FILE}, {@code docs/patterns.md}):
 * {@link org.dyad.coding.patterns.PatternFileReader} reads a file in dyad's simple format
 * ({@code noun PHRASE = CODE}, {@code verb LEMMA [WORDS] [PATTERN] = CODE}) or in the CAMEO
 * verb-dictionary format, translating verb lines into the latter for
 * {@link org.dyad.coding.cameo.VerbDictionaryReader}; {@link org.dyad.coding.patterns.EventPatterns}
 * puts the user's entries before the bundled ones and is what a pipeline codes with.
 */
package org.dyad.coding.patterns;
