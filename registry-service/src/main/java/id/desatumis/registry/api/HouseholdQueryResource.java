package id.desatumis.registry.api;

import id.desatumis.kit.api.FieldError;
import id.desatumis.kit.api.Problems;
import id.desatumis.kit.api.RequestContext;
import id.desatumis.kit.eventstore.EventMetadata;
import id.desatumis.kit.eventstore.EventStore;
import id.desatumis.kit.security.Caller;
import id.desatumis.kit.security.CallerProvider;
import id.desatumis.kit.security.Roles;
import id.desatumis.registry.application.HouseholdEventCodec;
import id.desatumis.registry.application.HouseholdRepository;
import id.desatumis.registry.application.IdentityHasher;
import id.desatumis.kit.audit.AccessLog;
import io.smallrye.mutiny.Uni;
import io.vertx.core.buffer.Buffer;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Finding households: by NIK or KK number (a POST, so neither goes in a URL), a desa's households, a household's
 * history. Every read that shows personal data is recorded with its purpose ({@code X-Access-Purpose}).
 */
@Path("/households")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdQueryResource {

    static final String PURPOSE_HEADER = AccessLog.PURPOSE_HEADER;

    private final Pool pool;
    private final EventStore store;
    private final HouseholdEventCodec codec;
    private final HouseholdRepository households;
    private final IdentityHasher hasher;
    private final AccessLog accessLog;
    private final CallerProvider callers;
    private final RequestContext request;
    private final Clock clock;
    private final id.desatumis.registry.persistence.NameIndex names;

    public HouseholdQueryResource(Pool pool, EventStore store, HouseholdEventCodec codec, HouseholdRepository households,
                                  IdentityHasher hasher, AccessLog accessLog, CallerProvider callers,
                                  RequestContext request, Clock clock, id.desatumis.registry.persistence.NameIndex names) {
        this.names = names;
        this.pool = pool;
        this.store = store;
        this.codec = codec;
        this.households = households;
        this.hasher = hasher;
        this.accessLog = accessLog;
        this.callers = callers;
        this.request = request;
        this.clock = clock;
    }

    /**
     * Exactly one of {@code nik}, {@code kkNumber}, or {@code name} (with {@code desaCode}: a member's name
     * contains these words, in any case, with or without accents; paged by {@code page} and {@code size}).
     */
    public record Search(String nik, String kkNumber, String name, String desaCode, Integer page, Integer size) {
    }

    public record Page<T>(List<T> items, int page, int size, long total) {
    }

    public record HouseholdSummary(String householdId, String desaCode, int memberCount, long version, Integer desil) {
    }

    public record HistoryEntry(long version, String type, OffsetDateTime recordedAt, String actor, String actorRole,
                               Object change) {
    }

    @POST
    @Path("/search")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR})
    @Operation(summary = "Find the household of a NIK or a KK number (exact); an operator finds only its own desa's")
    public Uni<Page<HouseholdView>> search(Search body, @HeaderParam(PURPOSE_HEADER) String purpose) {
        Caller caller = callers.current();
        boolean byNik = body != null && body.nik() != null && !body.nik().isBlank();
        boolean byKk = body != null && body.kkNumber() != null && !body.kkNumber().isBlank();
        boolean byName = body != null && body.name() != null && !body.name().isBlank();
        if ((byNik ? 1 : 0) + (byKk ? 1 : 0) + (byName ? 1 : 0) != 1) {
            throw Problems.invalid("nik", "one-of", "give exactly one of nik, kkNumber and name");
        }
        if (byName) {
            return byName(caller, body, purpose);
        }
        String value = byNik ? body.nik().strip() : body.kkNumber().strip();
        if (!value.matches("\\d{16}")) {
            throw Problems.invalid(byNik ? "nik" : "kkNumber", byNik ? "nik-format" : "kk-format", "16 digits");
        }
        String sql = byNik ? "SELECT household_id FROM person_identity WHERE nik_hash = $1"
                : "SELECT household_id FROM household_index WHERE kk_hash = $1";
        byte[] hash = byNik ? hasher.nik(value) : hasher.kk(value);
        return pool.preparedQuery(sql).execute(Tuple.of(Buffer.buffer(hash)))
                .chain(rows -> rows.rowCount() == 0 ? Uni.createFrom().item(List.<HouseholdView>of())
                        : households.load(pool, rows.iterator().next().getUUID(0))
                            .chain(state -> !state.exists() || !caller.maySee(state.desaCode())
                                    ? Uni.createFrom().item(List.<HouseholdView>of())
                                    : accessLog.record(pool, caller, state.householdId(), AccessLog.purpose(purpose), "search",
                                            request.correlationId())
                                        .replaceWith(List.of(HouseholdViews.of(state, caller, LocalDate.now(clock))))))
                .map(items -> new Page<>(items, 0, items.size(), items.size()));
    }

    private Uni<Page<HouseholdView>> byName(Caller caller, Search body, String purpose) {
        List<FieldError> errors = new ArrayList<>();
        if (body.desaCode() == null || body.desaCode().isBlank()) errors.add(new FieldError("desaCode", "required", "a name is searched within a desa"));
        if (body.name().strip().length() < 2 || body.name().length() > 100) errors.add(new FieldError("name", "length", "2 to 100 characters"));
        int p = body.page() == null ? 0 : body.page();
        int s = body.size() == null ? 20 : body.size();
        if (p < 0) errors.add(new FieldError("page", "min", "0 or more"));
        if (s < 1 || s > 100) errors.add(new FieldError("size", "range", "1 to 100"));
        if (!errors.isEmpty()) throw Problems.invalid(errors);
        if (!caller.maySee(body.desaCode())) {
            throw new id.desatumis.kit.api.ProblemException(Problems.OUTSIDE_SCOPE, "you do not act for this desa");
        }
        LocalDate today = LocalDate.now(clock);
        return names.households(pool, body.desaCode(), body.name(), p, s).chain(ids -> {
            List<Uni<HouseholdView>> views = new ArrayList<>();
            for (UUID id : ids) {
                views.add(households.load(pool, id).call(state -> accessLog.record(pool, caller, id, AccessLog.purpose(purpose),
                        "name-search", request.correlationId())).map(state -> HouseholdViews.of(state, caller, today)));
            }
            return views.isEmpty() ? Uni.createFrom().item(List.<HouseholdView>of()) : Uni.join().all(views).andFailFast();
        }).map(items -> new Page<>(items, p, s, items.size()));
    }

    @GET
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR, Roles.TKPKD, Roles.AUDITOR, Roles.OPD, Roles.PARTNER})
    @Operation(summary = "A desa's households (ids and sizes, no personal data), paged; filter by size, desil, open flags")
    public Uni<Page<HouseholdSummary>> list(@QueryParam("desaCode") String desaCode, @QueryParam("page") Integer page,
                                            @QueryParam("size") Integer size, @QueryParam("minMembers") Integer minMembers,
                                            @QueryParam("maxMembers") Integer maxMembers, @QueryParam("desil") Integer desil,
                                            @QueryParam("flagged") Boolean flagged) {
        Caller caller = callers.current();
        List<FieldError> errors = new ArrayList<>();
        if (desaCode == null || desaCode.isBlank()) errors.add(new FieldError("desaCode", "required", "a desa code"));
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) errors.add(new FieldError("page", "min", "0 or more"));
        if (s < 1 || s > 100) errors.add(new FieldError("size", "range", "1 to 100"));
        if (desil != null && (desil < 1 || desil > 10)) errors.add(new FieldError("desil", "desil-range", "1 to 10"));
        if (!errors.isEmpty()) throw Problems.invalid(errors);
        if (!caller.maySee(desaCode)) {
            throw new id.desatumis.kit.api.ProblemException(Problems.OUTSIDE_SCOPE, "you do not act for this desa");
        }
        int min = minMembers == null ? 0 : minMembers;
        int max = maxMembers == null ? Integer.MAX_VALUE : maxMembers;
        String filter = " FROM household_index WHERE desa_code = $1 AND merged_into IS NULL AND member_count BETWEEN $2 AND $3"
                + " AND ($4::int IS NULL OR desil = $4::int)"
                + " AND ($5::boolean IS NULL OR $5::boolean = EXISTS (SELECT 1 FROM duplicate_flags f"
                + " WHERE f.household_id = household_index.household_id AND f.status = 'open'))";
        return pool.preparedQuery("SELECT household_id, desa_code, member_count, version, desil" + filter
                        + " ORDER BY registered_at, household_id LIMIT $6 OFFSET $7")
                .execute(Tuple.tuple(java.util.Arrays.asList(desaCode, min, max, desil, flagged, s, p * s)))
                .chain(rows -> {
                    List<HouseholdSummary> items = new ArrayList<>();
                    rows.forEach(r -> items.add(new HouseholdSummary(r.getUUID(0).toString(), r.getString(1), r.getInteger(2),
                            r.getLong(3), r.getInteger(4))));
                    return pool.preparedQuery("SELECT count(*)" + filter)
                            .execute(Tuple.tuple(java.util.Arrays.asList(desaCode, min, max, desil, flagged)))
                            .map(c -> new Page<>(items, p, s, c.iterator().next().getLong(0)));
                });
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.DINSOS, Roles.VILLAGE_OPERATOR, Roles.AUDITOR})
    @Operation(summary = "Every change to the household, in order; the changes' content for dinsos and its own operator")
    public Uni<List<HistoryEntry>> history(@PathParam("id") String id, @HeaderParam(PURPOSE_HEADER) String purpose) {
        Caller caller = callers.current();
        UUID householdId = HouseholdLifecycleResource.parseId(id);
        return store.readStream(pool, HouseholdEventCodec.streamId(householdId)).chain(stored -> codec.decode(pool, stored)
                .chain(events -> households.load(pool, householdId).chain(state -> {
                    if (!state.exists() || !caller.maySee(state.desaCode())) throw Problems.notFound("household");
                    boolean personal = HouseholdViews.mayReadPersonalData(caller, state.desaCode());
                    List<HistoryEntry> out = new ArrayList<>();
                    for (int i = 0; i < stored.size(); i++) {
                        EventMetadata m = EventStore.parseMetadata(stored.get(i).metadataJson());
                        out.add(new HistoryEntry(stored.get(i).version(), stored.get(i).type(), stored.get(i).recordedAt(),
                                m.actorSubject(), m.actorRole(), personal ? events.get(i) : null));
                    }
                    return personal ? accessLog.record(pool, caller, householdId, AccessLog.purpose(purpose), "history",
                            request.correlationId()).replaceWith(out) : Uni.createFrom().item(out);
                })));
    }

    /** The stated purpose of a personal-data read, as recorded (at most 200 characters). */
}
