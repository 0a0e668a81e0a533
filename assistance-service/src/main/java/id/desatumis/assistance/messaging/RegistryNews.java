package id.desatumis.assistance.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.application.HouseholdNews;
import id.desatumis.assistance.domain.CloseReason;
import id.desatumis.contracts.registry.HouseholdErasedV1;
import id.desatumis.contracts.registry.HouseholdMergedV1;
import id.desatumis.contracts.registry.HouseholdMovedV1;
import id.desatumis.contracts.registry.HouseholdReferenceCodeIssuedV1;
import id.desatumis.contracts.registry.MemberDiedV1;
import id.desatumis.contracts.registry.MemberMovedOutV1;
import id.desatumis.contracts.registry.PersonErasedV1;
import id.desatumis.kit.inbox.ConsumedEvent;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;

import static id.desatumis.assistance.messaging.HouseholdNewsConsumer.id;

/**
 * The registry's household events that change needs ({@code desatumis.registry.household.v1}), read as news of
 * households: moves, merges into another registration, erasures, deaths, departures; and reference codes (their hash)
 * for the public status lookup. The registry's other events are not ours.
 */
final class RegistryNews {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private RegistryNews() {
    }

    static HouseholdNews of(ConsumedEvent event, ObjectMapper mapper, String projection) {
        switch (event.type()) {
            case HouseholdMovedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdMovedV1.class, projection);
                return new HouseholdNews.Moved(id(e.householdId()), e.toDesaCode());
            }
            case HouseholdMergedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdMergedV1.class, projection);
                return new HouseholdNews.MergedAway(id(e.householdId()), e.desaCode(), id(e.survivorId()));
            }
            case HouseholdErasedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdErasedV1.class, projection);
                return new HouseholdNews.Erased(id(e.householdId()), e.desaCode());
            }
            case PersonErasedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, PersonErasedV1.class, projection);
                return new HouseholdNews.PersonErased(id(e.householdId()), id(e.memberId()));
            }
            case MemberDiedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, MemberDiedV1.class, projection);
                return new HouseholdNews.MemberGone(id(e.householdId()), id(e.memberId()), CloseReason.MEMBER_DIED);
            }
            case MemberMovedOutV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, MemberMovedOutV1.class, projection);
                return new HouseholdNews.MemberGone(id(e.householdId()), id(e.memberId()), CloseReason.MEMBER_MOVED_AWAY);
            }
            case HouseholdReferenceCodeIssuedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdReferenceCodeIssuedV1.class, projection);
                if (!HASH.matcher(e.referenceCodeHash()).matches()) {
                    throw new IllegalArgumentException("referenceCodeHash is not a lowercase hex SHA-256");
                }
                return new HouseholdNews.CodeIssued(id(e.householdId()), e.referenceCodeHash(),
                        OffsetDateTime.parse(e.issuedAt()));
            }
            default -> {
                return null;
            }
        }
    }
}
