package org.dyad.serve;

import java.util.List;
import org.dyad.analysis.Dyad;
import org.dyad.analysis.DyadEvent;
import org.dyad.store.AnalysisEvents;
import org.dyad.store.BrowseQueries;
import org.dyad.store.EventFilter;
import org.dyad.store.EventStore;
import org.dyad.store.PlaceFilter;
import org.dyad.store.PlaceQueries;
import org.dyad.store.QueryResult;
import org.dyad.store.SourceQueries;
import org.dyad.store.SourceSummary;
import org.dyad.store.StoreException;
import org.dyad.store.StoreQueries;

/**
 * The server's one read-only connection to the store. A DuckDB connection serves one statement
 * at a time, so requests take turns on it; the analyses' view of every event is read once and
 * kept, since a read-only store never changes under the server.
 */
final class StoreAccess implements AutoCloseable {
    /** Actors by country (RUS for every Russian actor) or by full code (RUSGOV). */
    enum Level {
        COUNTRY,
        CODE
    }

    private final EventStore store;
    private final StoreQueries queries;
    private final BrowseQueries browse;
    private final PlaceQueries places;
    private final SourceQueries sources;
    private List<SourceSummary> sourceList;
    private List<DyadEvent> byCountry;
    private List<DyadEvent> byCode;

    StoreAccess(EventStore store) {
        this.store = store;
        this.queries = new StoreQueries(store);
        this.browse = new BrowseQueries(store);
        this.places = new PlaceQueries(store);
        this.sources = new SourceQueries(store);
    }

    /** Something to ask of the store; it may fail as the store fails. */
    @FunctionalInterface
    interface Question<T> {
        T ask(StoreQueries queries, BrowseQueries browse) throws StoreException;
    }

    synchronized <T> T ask(Question<T> question) throws StoreException {
        return question.ask(queries, browse);
    }

    synchronized org.dyad.store.StoreCounts counts() throws StoreException {
        return store.counts();
    }

    synchronized QueryResult events(EventFilter filter) throws StoreException {
        return queries.events(filter);
    }

    synchronized PlaceQueries.Places places(PlaceFilter filter, int precision, int limit) throws StoreException {
        return places.places(filter, precision, limit);
    }

    /** Every event that has a source, a target (neither unknown) and a date, actors named at {@code level}. */
    synchronized List<DyadEvent> analysisEvents(Level level) throws StoreException {
        if (byCode == null) {
            byCountry = List.copyOf(AnalysisEvents.read(store, true));
            byCode = List.copyOf(AnalysisEvents.read(store, false));
        }
        return level == Level.CODE ? byCode : byCountry;
    }

    /** The store's sources of events, dyad's own first; read once, like the events above. */
    synchronized List<SourceSummary> sources() throws StoreException {
        if (sourceList == null) {
            sourceList = List.copyOf(sources.sources());
        }
        return sourceList;
    }

    /**
     * An imported source's events between the dyad's two actors, either way, named at {@code level}
     * as {@code dyad timeline --source} names them: by country (else code), or by code.
     */
    synchronized List<DyadEvent> imported(String source, Dyad dyad, Level level) throws StoreException {
        return sources.importedDyadEvents(source, dyad.first(), dyad.second(), level == Level.COUNTRY);
    }

    @Override
    public synchronized void close() {
        store.close();
    }
}
