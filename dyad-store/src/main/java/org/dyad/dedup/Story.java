package org.dyad.dedup;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One real-world event as several articles report it: its mentions (the event records behind
 * it, earliest first), counted like GDELT's NumMentions, NumArticles and NumSources.
 */
public record Story(String storyId, List<StoryMention> mentions) {
    public Story {
        Objects.requireNonNull(storyId, "storyId");
        mentions = List.copyOf(mentions);
        if (mentions.isEmpty()) {
            throw new IllegalArgumentException("story " + storyId + " has no mention");
        }
    }

    public StoryMention first() {
        return mentions.get(0);
    }

    public LocalDate start() {
        return mentions.stream()
                .map(StoryMention::start)
                .min(LocalDate::compareTo)
                .orElseThrow();
    }

    public LocalDate end() {
        return mentions.stream()
                .map(StoryMention::end)
                .max(LocalDate::compareTo)
                .orElseThrow();
    }

    public int numMentions() {
        return mentions.size();
    }

    public int numArticles() {
        Set<String> articles = new HashSet<>();
        mentions.forEach(m -> articles.add(m.articleKey()));
        return articles.size();
    }

    /** Distinct publishers; an article that names none counts as a source of its own. */
    public int numSources() {
        Set<String> sources = new HashSet<>();
        mentions.forEach(m -> sources.add(m.publisher().map(p -> "p:" + p).orElse("a:" + m.articleKey())));
        return sources.size();
    }

    public double meanGoldstein() {
        return mentions.stream().mapToDouble(StoryMention::goldstein).average().orElseThrow();
    }

    /** The most reported CAMEO code of the story (the first reported on a tie). */
    public String cameo() {
        String best = first().cameo();
        long bestCount = 0;
        for (StoryMention m : mentions) {
            long n = mentions.stream().filter(x -> x.cameo().equals(m.cameo())).count();
            if (n > bestCount) {
                best = m.cameo();
                bestCount = n;
            }
        }
        return best;
    }

    /** The first place a mention gives, if any does. */
    public java.util.Optional<StoryMention> placed() {
        return mentions.stream().filter(m -> m.whereCountry().isPresent()).findFirst();
    }
}
