package id.desatumis.assistance.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.application.HouseholdNews;
import id.desatumis.assistance.application.HouseholdNewsBatch;
import id.desatumis.assistance.domain.CloseReason;
import id.desatumis.contracts.registry.HouseholdErasedV1;
import id.desatumis.contracts.registry.HouseholdMergedV1;
import id.desatumis.contracts.registry.HouseholdMovedV1;
import id.desatumis.contracts.registry.HouseholdReferenceCodeIssuedV1;
import id.desatumis.contracts.registry.MemberDiedV1;
import id.desatumis.contracts.registry.MemberMovedOutV1;
import id.desatumis.contracts.registry.PersonErasedV1;
import id.desatumis.kit.api.ServiceIdentity;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.OffsetDateTime;
import java.util.regex.Pattern;

/**
 * The registry's household events that change needs ({@code desatumis.registry.household.v1}): moves, merges into
 * another registration, erasures, deaths, departures; and reference codes (their hash), for the public status lookup.
 * The registry's other events are not ours.
 */
@Singleton
public class RegistryHouseholdConsumer extends HouseholdNewsConsumer {

    static final String CONSUMER = "assistance.registry";
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final ObjectMapper mapper;

    public RegistryHouseholdConsumer(Inbox inbox, HouseholdNewsBatch batch, ServiceIdentity service, ObjectMapper mapper) {
        super(inbox, batch, service, CONSUMER, "the registry's household news");
        this.mapper = mapper;
    }

    @Incoming("registry-households")
    @Override
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return super.consume(records);
    }

    @Override
    HouseholdNews news(ConsumedEvent event, String projection) {
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
