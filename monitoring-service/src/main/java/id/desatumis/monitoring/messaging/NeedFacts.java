package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assessment.HouseholdGraduatedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.assistance.NeedCancelledV1;
import id.desatumis.contracts.assistance.NeedClosedV1;
import id.desatumis.contracts.assistance.NeedIds;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.monitoring.domain.NeedKind;
import id.desatumis.monitoring.persistence.NeedListingsTable;
import id.desatumis.monitoring.persistence.NeedsTable;
import id.desatumis.monitoring.persistence.RowWrite;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Needs as rows: the household's verified listing (assessment-service's NeedsIdentified, each need under
 * assistance-service's id for it) and graduation, and assistance-service's closures and cancellations. A kind not
 * known makes the event malformed, as in assistance-service: a need is never skipped silently.
 */
final class NeedFacts {

    private static final String PART = "AssistancePart";

    private NeedFacts() {
    }

    /** The rows of a need's event; null for another type. */
    static RowChanges of(ConsumedEvent event, ObjectMapper mapper) {
        EventFields f = new EventFields(event);
        return switch (event.type()) {
            case NeedsIdentifiedV1.CE_TYPE -> listed(event.payloadAs(mapper, NeedsIdentifiedV1.class, PART), f);
            case HouseholdGraduatedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdGraduatedV1.class, PART);
                UUID household = f.id("householdId", e.householdId());
                yield new RowChanges(List.of(new NeedListingsTable.Graduated(household, e.desaCode(),
                        f.at("graduatedAt", e.graduatedAt()))), areas(e.desaCode()), Set.of(), Set.of(), Set.of(household));
            }
            case NeedCancelledV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, NeedCancelledV1.class, PART);
                yield settled(f, e.needId(), e.householdId(), e.kind(), e.desaCode(), false, e.reason(),
                        f.at("cancelledAt", e.cancelledAt()));
            }
            case NeedClosedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, NeedClosedV1.class, PART);
                yield settled(f, e.needId(), e.householdId(), e.kind(), e.desaCode(), true, e.reason(),
                        f.at("closedAt", e.closedAt()));
            }
            default -> null;
        };
    }

    private static RowChanges listed(NeedsIdentifiedV1 e, EventFields f) {
        UUID household = f.id("householdId", e.householdId());
        var at = f.at("verifiedAt", e.verifiedAt());
        List<RowWrite> writes = new ArrayList<>();
        Set<UUID> ids = new LinkedHashSet<>();
        for (NeedsIdentifiedV1.Need n : e.needs() == null ? List.<NeedsIdentifiedV1.Need>of() : e.needs()) {
            String kind = f.oneOf("needs.kind", n.kind(), NeedKind.names());
            UUID member = f.optionalId("needs.memberId", n.memberId());
            UUID id = NeedIds.of(household, kind, member);
            if (ids.add(id)) writes.add(new NeedsTable.Named(id, household, kind, e.desaCode(), at, at));
        }
        writes.add(0, new NeedListingsTable.Listed(household, e.desaCode(), f.optionalId("assessmentId",
                e.assessmentId()), at, List.copyOf(ids)));
        return new RowChanges(List.copyOf(writes), areas(e.desaCode()), Set.of(), Set.of(), Set.of(household));
    }

    private static RowChanges settled(EventFields f, String needId, String householdId, String kind, String desa,
                                      boolean closed, String reason, java.time.OffsetDateTime at) {
        UUID need = f.id("needId", needId);
        return new RowChanges(List.of(new NeedsTable.Settled(need, f.id("householdId", householdId),
                f.text("kind", kind), desa, closed, f.text("reason", reason), at)), areas(desa), Set.of(),
                Set.of(need), Set.of());
    }

    private static Set<String> areas(String desa) {
        return desa == null ? Set.of() : Set.of(desa);
    }
}
