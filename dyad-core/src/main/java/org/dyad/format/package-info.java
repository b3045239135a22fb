/**
 * Reading articles and writing events in the formats of the contract
 * ({@code docs/contract.md}): {@link org.dyad.format.ArticleReader} reads plain text,
 * HTML and JSON Lines into {@link org.dyad.model.Article}s with diagnostics for bad input;
 * {@link org.dyad.format.EventJsonWriter} writes {@code dyad.event/1} JSON Lines and
 * {@link org.dyad.format.EventJsonReader} reads them back;
 * {@link org.dyad.format.ArticleJsonWriter} writes {@code dyad.article/1}, the text that event
 * offsets point into; {@link org.dyad.format.EventTableWriter} renders events for people.
 * {@link org.dyad.format.ActorJsonWriter} writes actor mentions as {@code dyad.actor/1} JSON
 * Lines and {@link org.dyad.format.ActorTableWriter} renders them for people.
 *
 * <p>Offsets are Java {@code String} indexes (UTF-16 code units) into the article's text.
 */
package org.dyad.format;
