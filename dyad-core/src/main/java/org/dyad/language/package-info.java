/**
 * Which language an article is in: given by the input, forced by the user, or detected
 * ({@link org.dyad.language.LanguageResolver}, with Lingua behind
 * {@link org.dyad.language.LanguageIdentifier}).
 */
package org.dyad.language;
