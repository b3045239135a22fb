/**
 * dyad's rule language: named selectors over a sentence's dependency tree, written in rule files
 * that a linguist edits ({@code dyad/rules/*.rules}, and the user's own with {@code --rules}), read
 * by {@link org.dyad.rules.RuleReader} and run by {@link org.dyad.rules.Rules}. A selector maps a
 * token to the tokens its rule finds (a verb to its subject, an event noun to the parties between
 * whom it happened); the coder asks selectors by name and keeps the control flow. Named word classes
 * ({@code @target_prepositions}) come from {@link org.dyad.rules.WordClasses}. The language is
 * documented in {@code docs/rules.md}.
 */
package org.dyad.rules;
