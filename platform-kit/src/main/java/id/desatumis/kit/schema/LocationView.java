package id.desatumis.kit.schema;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * The part of a Flyway resource provider under one location, or outside it. Quarkus hands Flyway one provider
 * holding every migration file it found at build time; the kit's files and the service's are told apart by path.
 */
final class LocationView implements ResourceProvider {

    private final ResourceProvider all;
    private final Predicate<LoadableResource> keep;

    private LocationView(ResourceProvider all, Predicate<LoadableResource> keep) {
        this.all = all;
        this.keep = keep;
    }

    static LocationView under(ResourceProvider all, String location) {
        String prefix = folder(location);
        return new LocationView(all, r -> r.getAbsolutePath().startsWith(prefix));
    }

    static LocationView outside(ResourceProvider all, String location) {
        String prefix = folder(location);
        return new LocationView(all, r -> !r.getAbsolutePath().startsWith(prefix));
    }

    @Override
    public LoadableResource getResource(String name) {
        LoadableResource found = all.getResource(name);
        return found != null && keep.test(found) ? found : null;
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return all.getResources(prefix, suffixes).stream().filter(keep).toList();
    }

    private static String folder(String location) {
        String path = location.startsWith("classpath:") ? location.substring("classpath:".length()) : location;
        while (path.startsWith("/")) path = path.substring(1);
        return path.endsWith("/") ? path : path + "/";
    }
}
