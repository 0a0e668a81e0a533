package id.desatumis.monitoring.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.contracts.assessment.AssessmentClassifiedV1;
import id.desatumis.contracts.assessment.AssessmentRejectedV1;
import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assessment.AssessmentVerifiedV1;
import id.desatumis.contracts.assessment.HouseholdGraduatedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.assistance.HouseholdNeedsMetV1;
import id.desatumis.contracts.registry.HouseholdAbsorbedV1;
import id.desatumis.contracts.registry.HouseholdErasedV1;
import id.desatumis.contracts.registry.HouseholdMergedV1;
import id.desatumis.contracts.registry.HouseholdMovedV1;
import id.desatumis.contracts.registry.HouseholdRegisteredV1;
import id.desatumis.contracts.registry.MemberAddedV1;
import id.desatumis.contracts.registry.MemberDiedV1;
import id.desatumis.contracts.registry.MemberMovedOutV1;
import id.desatumis.contracts.registry.MembersSplitOffV1;
import id.desatumis.contracts.registry.PersonErasedV1;
import id.desatumis.contracts.registry.RegistryTopics;
import id.desatumis.kit.inbox.BatchProjection.Change;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.monitoring.domain.HouseholdChange;
import id.desatumis.monitoring.domain.HouseholdFact;
import id.desatumis.monitoring.domain.HouseholdFact.Gone;
import id.desatumis.monitoring.persistence.HouseholdsTable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static id.desatumis.monitoring.messaging.HouseholdEventFields.required;
import static id.desatumis.monitoring.messaging.HouseholdEventFields.time;
import static id.desatumis.monitoring.messaging.HouseholdEventFields.uuid;

/**
 * The households table: listed (and members, and the desa) from the registry's events, assessed, found poor, verified
 * poor and graduated from assessment-service's, needs met from assistance-service's. A split-off household is listed
 * by its own HouseholdRegistered (the registry publishes one on the new stream); the household it left loses the
 * members. A merged duplicate and an erased household are gone: no longer listed, their rows kept (ids and codes only)
 * so that figures as of an earlier time still count them.
 */
@ApplicationScoped
public class HouseholdsPart implements ProjectionPart<HouseholdFact> {

    private final ObjectMapper mapper;
    private final HouseholdsTable households;

    public HouseholdsPart(ObjectMapper mapper, HouseholdsTable households) {
        this.mapper = mapper;
        this.households = households;
    }

    @Override
    public String name() {
        return "households";
    }

    @Override
    public Set<String> topics() {
        return Set.of(RegistryTopics.HOUSEHOLD, AssessmentTopics.ASSESSMENT, AssistanceTopics.INTERVENTION);
    }

    @Override
    public Optional<HouseholdFact> read(ConsumedEvent event) {
        return Optional.ofNullable(switch (event.type()) {
            case HouseholdRegisteredV1.CE_TYPE -> {
                var e = as(event, HouseholdRegisteredV1.class);
                yield new HouseholdFact.Registered(household(event, e.householdId()), desa(event, e.desaCode()),
                        e.memberCount(), time(event, e.registeredAt()));
            }
            case MemberAddedV1.CE_TYPE -> {
                var e = as(event, MemberAddedV1.class);
                yield members(event, e.householdId(), e.desaCode(), 1);
            }
            case MemberDiedV1.CE_TYPE -> {
                var e = as(event, MemberDiedV1.class);
                yield members(event, e.householdId(), e.desaCode(), -1);
            }
            case MemberMovedOutV1.CE_TYPE -> {
                var e = as(event, MemberMovedOutV1.class);
                yield members(event, e.householdId(), e.desaCode(), -1);
            }
            case PersonErasedV1.CE_TYPE -> {
                var e = as(event, PersonErasedV1.class);
                yield members(event, e.householdId(), e.desaCode(), -1);
            }
            case MembersSplitOffV1.CE_TYPE -> {
                var e = as(event, MembersSplitOffV1.class);
                yield members(event, e.householdId(), e.desaCode(), e.memberIds() == null ? 0 : -e.memberIds().size());
            }
            case HouseholdAbsorbedV1.CE_TYPE -> {
                var e = as(event, HouseholdAbsorbedV1.class);
                yield members(event, e.householdId(), e.desaCode(), e.members() == null ? 0 : e.members().size());
            }
            case HouseholdMovedV1.CE_TYPE -> {
                var e = as(event, HouseholdMovedV1.class);
                yield new HouseholdFact.Moved(household(event, e.householdId()), desa(event, e.fromDesaCode()),
                        desa(event, e.toDesaCode()));
            }
            case HouseholdMergedV1.CE_TYPE -> {
                var e = as(event, HouseholdMergedV1.class);
                yield new Gone(household(event, e.householdId()), desa(event, e.desaCode()), Gone.MERGED,
                        time(event, e.recordedAt()));
            }
            case HouseholdErasedV1.CE_TYPE -> {
                var e = as(event, HouseholdErasedV1.class);
                yield new Gone(household(event, e.householdId()), desa(event, e.desaCode()), Gone.ERASED,
                        time(event, e.recordedAt()));
            }
            default -> assessmentOrAssistance(event);
        });
    }

    private HouseholdFact assessmentOrAssistance(ConsumedEvent event) {
        switch (event.type()) {
            case AssessmentClassifiedV1.CE_TYPE -> {
                var e = as(event, AssessmentClassifiedV1.class);
                return new HouseholdFact.Classified(household(event, e.householdId()), desa(event, e.desaCode()),
                        uuid(event, "assessmentId", e.assessmentId()), required(event, "povertyClass", e.povertyClass()),
                        time(event, e.classifiedAt()));
            }
            case AssessmentVerifiedV1.CE_TYPE -> {
                var e = as(event, AssessmentVerifiedV1.class);
                return new HouseholdFact.Verified(household(event, e.householdId()), desa(event, e.desaCode()),
                        required(event, "povertyClass", e.povertyClass()), time(event, e.verifiedAt()));
            }
            case AssessmentRejectedV1.CE_TYPE -> {
                var e = as(event, AssessmentRejectedV1.class);
                return new HouseholdFact.Rejected(household(event, e.householdId()), desa(event, e.desaCode()),
                        time(event, e.rejectedAt()));
            }
            case NeedsIdentifiedV1.CE_TYPE -> {
                var e = as(event, NeedsIdentifiedV1.class);
                return new HouseholdFact.NeedsIdentified(household(event, e.householdId()), desa(event, e.desaCode()),
                        required(event, "povertyClass", e.povertyClass()), time(event, e.verifiedAt()));
            }
            case HouseholdGraduatedV1.CE_TYPE -> {
                var e = as(event, HouseholdGraduatedV1.class);
                return new HouseholdFact.Graduated(household(event, e.householdId()), desa(event, e.desaCode()),
                        time(event, e.graduatedAt()));
            }
            case HouseholdNeedsMetV1.CE_TYPE -> {
                var e = as(event, HouseholdNeedsMetV1.class);
                return new HouseholdFact.NeedsMet(household(event, e.householdId()), desa(event, e.desaCode()),
                        time(event, e.metAt()));
            }
            default -> {
                return null;
            }
        }
    }

    @Override
    public Uni<Set<String>> apply(SqlConnection tx, List<Change<HouseholdFact>> fresh) {
        Map<UUID, HouseholdChange> byHousehold = new LinkedHashMap<>();
        Set<String> desaCodes = new HashSet<>();
        for (Change<HouseholdFact> c : fresh) {
            HouseholdFact fact = c.change();
            byHousehold.computeIfAbsent(fact.householdId(), HouseholdChange::new).add(fact);
            desaCodes.addAll(fact.desaCodes());
        }
        return households.apply(tx, byHousehold.values()).replaceWith(Set.copyOf(desaCodes));
    }

    private <C> C as(ConsumedEvent event, Class<C> contract) {
        return event.payloadAs(mapper, contract, "monitoring " + name());
    }

    private static HouseholdFact members(ConsumedEvent event, String householdId, String desaCode, int delta) {
        return new HouseholdFact.MembersChanged(household(event, householdId), desa(event, desaCode), delta);
    }

    private static UUID household(ConsumedEvent event, String householdId) {
        return uuid(event, "householdId", householdId);
    }

    private static String desa(ConsumedEvent event, String desaCode) {
        return required(event, "desaCode", desaCode);
    }
}
