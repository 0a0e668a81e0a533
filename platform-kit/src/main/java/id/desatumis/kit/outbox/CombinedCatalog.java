package id.desatumis.kit.outbox;

import id.desatumis.kit.eventstore.StoredEvent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service's catalogs read as one, for its one relay: a service with several aggregates declares a catalog per
 * aggregate, each publishing only its own stored types. Every catalog maps the whole batch (each picks out its own
 * events); an event is published by the first catalog that maps it. The catalogs must agree on the source.
 */
final class CombinedCatalog implements PublicEventCatalog {

    private final List<PublicEventCatalog> catalogs;
    private final String source;
    private final Set<String> topics;

    private CombinedCatalog(List<PublicEventCatalog> catalogs) {
        this.catalogs = List.copyOf(catalogs);
        this.source = catalogs.get(0).source();
        Set<String> all = new LinkedHashSet<>();
        for (PublicEventCatalog c : catalogs) {
            if (!source.equals(c.source())) {
                throw new IllegalStateException("the catalogs of one service disagree on its source: " + source + " and "
                        + c.source() + " (" + c.getClass().getName() + ")");
            }
            all.addAll(c.topics());
        }
        this.topics = Collections.unmodifiableSet(all);
    }

    /** The one catalog itself, or several read as one. */
    static PublicEventCatalog of(List<PublicEventCatalog> catalogs) {
        if (catalogs.isEmpty()) throw new IllegalArgumentException("no catalog");
        return catalogs.size() == 1 ? catalogs.get(0) : new CombinedCatalog(catalogs);
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public Set<String> topics() {
        return topics;
    }

    @Override
    public Optional<PublicRecord> toPublic(StoredEvent event) {
        return toPublic(List.of(event)).get(0);
    }

    @Override
    public List<Optional<PublicRecord>> toPublic(List<StoredEvent> events) {
        List<Optional<PublicRecord>> out = new ArrayList<>(Collections.nCopies(events.size(), Optional.empty()));
        for (PublicEventCatalog c : catalogs) {
            List<Optional<PublicRecord>> mapped = c.toPublic(events);
            for (int i = 0; i < events.size(); i++) {
                if (out.get(i).isEmpty() && mapped.get(i).isPresent()) out.set(i, mapped.get(i));
            }
        }
        return out;
    }
}
