package id.desatumis.assistance.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.application.PartnerChange;
import id.desatumis.assistance.application.PartnerChange.ActorRegistered;
import id.desatumis.assistance.application.PartnerChange.ActorStatusChanged;
import id.desatumis.assistance.application.PartnerChange.DecisionRecorded;
import id.desatumis.assistance.application.PartnerChange.LeadRecorded;
import id.desatumis.assistance.application.PartnerChange.PledgeOffered;
import id.desatumis.assistance.application.PartnerChange.PledgeStatusChanged;
import id.desatumis.assistance.domain.Actor;
import id.desatumis.assistance.domain.ActorType;
import id.desatumis.assistance.domain.AreaLevel;
import id.desatumis.assistance.domain.CitedDecision;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.PledgeRef;
import id.desatumis.assistance.domain.PledgeStatus;
import id.desatumis.contracts.partner.DecisionRecordedV1;
import id.desatumis.contracts.partner.PartnerRegisteredV1;
import id.desatumis.contracts.partner.PartnerReinstatedV1;
import id.desatumis.contracts.partner.PartnerSuspendedV1;
import id.desatumis.contracts.partner.PledgeAcceptedV1;
import id.desatumis.contracts.partner.PledgeDeclinedV1;
import id.desatumis.contracts.partner.PledgeExpiredV1;
import id.desatumis.contracts.partner.PledgeOfferedV1;
import id.desatumis.contracts.partner.PledgeWithdrawnV1;
import id.desatumis.contracts.partner.ResponsibilityAssignedV1;
import id.desatumis.contracts.partner.ResponsibilityClearedV1;
import id.desatumis.kit.inbox.ConsumedEvent;
import org.jboss.logging.Logger;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * partner-service's published events read as changes to the reference data; its other events on these topics
 * (forums scheduled, invitations, attendance, a partial withdrawal) change nothing here. A field that does not read
 * (an id that is none, a date or area code of no known form, a required field missing) makes the event malformed: the
 * channel stops on it, loudly, rather than leave the reference data silently behind. A kind of need or an actor type
 * added by partner-service since this build is no fault (see {@link #kind} and {@link ActorType#OTHER}).
 */
final class PartnerReferenceEvents {

    private static final String PROJECTION = "the partner reference data";
    private static final Logger LOG = Logger.getLogger(PartnerReferenceEvents.class);

    private PartnerReferenceEvents() {
    }

    /** What the event changes here, or null for an event that changes nothing. */
    static PartnerChange of(ConsumedEvent event, ObjectMapper mapper) {
        try {
            return change(event, mapper);
        } catch (IllegalArgumentException | NullPointerException | DateTimeException unreadable) {
            LOG.errorf("malformed %s event %s of stream %s: %s stops until it is fixed (%s)", event.type(), event.id(),
                    event.subject(), PROJECTION, unreadable.getMessage());
            throw new ConsumedEvent.MalformedEvent("malformed " + event.type() + " " + event.id(), unreadable);
        }
    }

    private static PartnerChange change(ConsumedEvent event, ObjectMapper mapper) {
        long v = event.sequence();
        return switch (event.type()) {
            case PartnerRegisteredV1.CE_TYPE -> {
                var e = read(event, mapper, PartnerRegisteredV1.class);
                yield new ActorRegistered(v, new Actor(id(e.partnerId()), ActorType.named(e.type()),
                        Objects.requireNonNull(e.name(), "name"), e.opdCode(), true));
            }
            case PartnerSuspendedV1.CE_TYPE ->
                    new ActorStatusChanged(v, id(read(event, mapper, PartnerSuspendedV1.class).partnerId()), false);
            case PartnerReinstatedV1.CE_TYPE ->
                    new ActorStatusChanged(v, id(read(event, mapper, PartnerReinstatedV1.class).partnerId()), true);
            case ResponsibilityAssignedV1.CE_TYPE -> {
                var e = read(event, mapper, ResponsibilityAssignedV1.class);
                List<String> supporting = e.supportingPartnerIds() == null ? List.of() : e.supportingPartnerIds();
                yield kind(e.kind()).map(k -> new LeadRecorded(v, k, area(e.areaCode()), id(e.leadPartnerId()),
                        supporting.stream().map(PartnerReferenceEvents::id).toList(), required(e.decisionNumber()),
                        LocalDate.parse(e.effectiveFrom()))).orElse(null);
            }
            case ResponsibilityClearedV1.CE_TYPE -> {
                var e = read(event, mapper, ResponsibilityClearedV1.class);
                yield kind(e.kind()).map(k -> new LeadRecorded(v, k, area(e.areaCode()), null, List.of(),
                        required(e.decisionNumber()), LocalDate.parse(e.effectiveFrom()))).orElse(null);
            }
            case DecisionRecordedV1.CE_TYPE -> {
                var e = read(event, mapper, DecisionRecordedV1.class);
                yield new DecisionRecorded(v, id(e.forumId()), new CitedDecision(required(e.number()),
                        required(e.forumType()), area(e.areaCode()), required(e.approvesKind()), e.approvesReference(),
                        LocalDate.parse(e.decidedOn())));
            }
            case PledgeOfferedV1.CE_TYPE -> new PledgeOffered(v, pledge(read(event, mapper, PledgeOfferedV1.class)));
            case PledgeAcceptedV1.CE_TYPE -> {
                var e = read(event, mapper, PledgeAcceptedV1.class);
                yield new PledgeStatusChanged(v, id(e.pledgeId()), PledgeStatus.ACCEPTED, e.decisionNumber());
            }
            case PledgeDeclinedV1.CE_TYPE -> new PledgeStatusChanged(v,
                    id(read(event, mapper, PledgeDeclinedV1.class).pledgeId()), PledgeStatus.DECLINED, null);
            case PledgeExpiredV1.CE_TYPE -> new PledgeStatusChanged(v,
                    id(read(event, mapper, PledgeExpiredV1.class).pledgeId()), PledgeStatus.EXPIRED, null);
            case PledgeWithdrawnV1.CE_TYPE -> {
                // a partial withdrawal leaves the pledge open: only how much is left changes, which is not kept here
                var e = read(event, mapper, PledgeWithdrawnV1.class);
                yield e.entire() ? new PledgeStatusChanged(v, id(e.pledgeId()), PledgeStatus.WITHDRAWN, null) : null;
            }
            default -> null;
        };
    }

    private static PledgeRef pledge(PledgeOfferedV1 e) {
        AreaLevel level = AreaLevel.valueOf(e.scopeLevel());
        Set<NeedKind> kinds = e.kinds().stream().map(PartnerReferenceEvents::kind).flatMap(Optional::stream)
                .collect(Collectors.toSet());
        List<String> codes = e.scopeCodes().stream().map(PartnerReferenceEvents::area).toList();
        return new PledgeRef(id(e.pledgeId()), id(e.partnerId()), kinds, level, codes, e.amountRupiah(), e.units(),
                e.unit(), LocalDate.parse(e.validFrom()), LocalDate.parse(e.validUntil()), PledgeStatus.OFFERED);
    }

    /**
     * A kind of need this service knows; empty for one partner-service has added since this build: no need of it can
     * be planned here, so its matrix entries are skipped and a pledge serves the kinds known of its list.
     */
    private static Optional<NeedKind> kind(String name) {
        Objects.requireNonNull(name, "kind");
        return Arrays.stream(NeedKind.values()).filter(k -> k.name().equals(name)).findFirst();
    }

    private static <T> T read(ConsumedEvent event, ObjectMapper mapper, Class<T> contract) {
        return event.payloadAs(mapper, contract, PROJECTION);
    }

    private static UUID id(String value) {
        return UUID.fromString(Objects.requireNonNull(value, "id"));
    }

    /** A dotted area code of a known level. */
    private static String area(String code) {
        if (AreaLevel.of(code) == null) throw new IllegalArgumentException("not an area code");
        return code;
    }

    private static String required(String value) {
        return Objects.requireNonNull(value, "a required field");
    }
}
