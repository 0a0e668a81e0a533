package id.desatumis.devstack.apitest;

import id.desatumis.devstack.DevStack;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * What a service's test knows that the document does not: where the service listens, how to count its stored events,
 * the own and the other desa, office and partner its callers act for, real identifiers to put in paths (by parameter
 * name, or for one operation), values for body fields (by field name) or whole bodies (by operation), which
 * operations an other-scope caller may call like the own one, and which to run last because they erase or close
 * what the others use.
 */
public final class ApiScene {

    /** Stands for "any role" when a security requirement names none. */
    public static final String ANY_ROLE = "*";

    final URI base;
    final LongSupplier eventCount;
    final String ownDesa;
    final String otherDesa;
    final String ownOffice;
    final String otherOffice;
    final String ownPartner;
    final String otherPartner;
    final Map<String, String> pathValues;
    final Map<String, Map<String, String>> operationPathValues;
    final Map<String, String> fieldValues;
    final Map<String, String> bodies;
    final Map<String, String> queries;
    final Set<String> unscoped;
    final Map<String, Set<Caller>> unscopedFor;
    final List<String> last;
    final Set<String> skipped;
    final long seed;

    private ApiScene(Builder b) {
        this.base = b.base;
        this.eventCount = b.eventCount;
        this.ownDesa = b.ownDesa;
        this.otherDesa = b.otherDesa;
        this.ownOffice = b.ownOffice;
        this.otherOffice = b.otherOffice;
        this.ownPartner = b.ownPartner;
        this.otherPartner = b.otherPartner;
        this.pathValues = Map.copyOf(b.pathValues);
        this.operationPathValues = Map.copyOf(b.operationPathValues);
        this.fieldValues = Map.copyOf(b.fieldValues);
        this.bodies = Map.copyOf(b.bodies);
        this.queries = Map.copyOf(b.queries);
        this.unscoped = Set.copyOf(b.unscoped);
        this.unscopedFor = Map.copyOf(b.unscopedFor);
        this.last = List.copyOf(b.last);
        this.skipped = Set.copyOf(b.skipped);
        this.seed = b.seed;
    }

    public static Builder builder(URI base) {
        return new Builder(base);
    }

    /** The bearer token (with "Bearer ") a caller sends; null for no token. */
    public String token(Caller caller) {
        if (caller.role() == null) return null;
        var token = DevStack.shared().tokens().builder("apitest-" + caller.name().toLowerCase()).role(caller.role());
        switch (caller) {
            case OPERATOR_OWN -> token.desa(List.of(ownDesa));
            case OPERATOR_OTHER -> token.desa(List.of(otherDesa));
            case OPD_OWN -> token.opd(ownOffice);
            case OPD_OTHER -> token.opd(otherOffice);
            case PARTNER_OWN -> token.partnerId(ownPartner);
            case PARTNER_OTHER -> token.partnerId(otherPartner);
            default -> { }
        }
        return "Bearer " + token.sign();
    }

    /** True when this other-scope caller is answered as the own one on this operation. */
    boolean unscoped(String operation, Caller caller) {
        return unscoped.contains(operation) || unscopedFor.getOrDefault(operation, Set.of()).contains(caller);
    }

    String pathValue(ApiOperation op, ApiOperation.Parameter p) {
        Map<String, String> own = operationPathValues.getOrDefault(op.key(), Map.of());
        if (own.containsKey(p.name())) return own.get(p.name());
        if (pathValues.containsKey(p.name())) return pathValues.get(p.name());
        if (p.name().toLowerCase().contains("desa")) return ownDesa;
        if (p.example() != null) return p.example();
        return Exemplars.text(p.schema());
    }

    public static final class Builder {
        private final URI base;
        private LongSupplier eventCount = () -> 0L;
        private String ownDesa = "33.14.07.2001";
        private String otherDesa = "33.14.08.2002";
        private String ownOffice = "DINSOS-APITEST";
        private String otherOffice = "DPU-APITEST";
        private String ownPartner = "00000000-0000-4000-8000-000000000001";
        private String otherPartner = "00000000-0000-4000-8000-000000000002";
        private final Map<String, String> pathValues = new HashMap<>();
        private final Map<String, Map<String, String>> operationPathValues = new HashMap<>();
        private final Map<String, String> fieldValues = new HashMap<>();
        private final Map<String, String> bodies = new HashMap<>();
        private final Map<String, String> queries = new HashMap<>();
        private final Set<String> unscoped = new HashSet<>();
        private final Map<String, Set<Caller>> unscopedFor = new HashMap<>();
        private final List<String> last = new ArrayList<>();
        private final Set<String> skipped = new HashSet<>();
        private long seed = 20261202L;

        private Builder(URI base) {
            this.base = base;
        }

        /** Counts the service's stored events; a refused request must not move it. */
        public Builder eventCount(LongSupplier count) { this.eventCount = count; return this; }
        public Builder desa(String own, String other) { this.ownDesa = own; this.otherDesa = other; return this; }
        public Builder office(String own, String other) { this.ownOffice = own; this.otherOffice = other; return this; }
        public Builder partner(String own, String other) { this.ownPartner = own; this.otherPartner = other; return this; }
        /** A real identifier for every path parameter of this name (in the own scope). */
        public Builder path(String parameter, String value) { pathValues.put(parameter, value); return this; }
        /** A real identifier for a path parameter of one operation ({@code "POST /households/{id}/erasure"}). */
        public Builder path(String operation, String parameter, String value) {
            operationPathValues.computeIfAbsent(operation, k -> new HashMap<>()).put(parameter, value);
            return this;
        }
        /** The value of every body field of this name, at any depth. */
        public Builder field(String name, String value) { fieldValues.put(name, value); return this; }
        /** The whole valid body of one operation. */
        public Builder body(String operation, String json) { bodies.put(operation, json); return this; }
        /** The query string (without '?') a valid call of one operation sends. */
        public Builder query(String operation, String query) { queries.put(operation, query); return this; }
        /** Operations whose other-scope callers are answered as the own ones (not about one desa, office or partner). */
        public Builder unscoped(String... operations) { unscoped.addAll(List.of(operations)); return this; }
        /**
         * Operations on which one kind of other-scope caller is answered as the own one, the others still refused: an
         * office reads every desa's households where the other desa's operator may not.
         */
        public Builder unscopedFor(Caller caller, String... operations) {
            for (String op : operations) unscopedFor.computeIfAbsent(op, k -> new HashSet<>()).add(caller);
            return this;
        }
        /** Operations run after all others, in this order (they erase, merge or close what the others use). */
        public Builder last(String... operations) { last.addAll(List.of(operations)); return this; }
        /** Operations the generators leave alone, each with its reason in the test. */
        public Builder skip(String... operations) { skipped.addAll(List.of(operations)); return this; }
        /** The random generator's seed: a failure is reproduced with the same seed. */
        public Builder seed(long seed) { this.seed = seed; return this; }

        public ApiScene build() {
            return new ApiScene(this);
        }
    }
}
