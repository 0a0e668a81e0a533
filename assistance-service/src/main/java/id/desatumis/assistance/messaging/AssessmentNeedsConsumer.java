package id.desatumis.assistance.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.application.HouseholdNews;
import id.desatumis.assistance.application.HouseholdNewsBatch;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.NeedsListing;
import id.desatumis.contracts.assessment.HouseholdGraduatedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.kit.api.ServiceIdentity;
import id.desatumis.kit.inbox.ConsumedEvent;
import id.desatumis.kit.inbox.Inbox;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Singleton;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * assessment-service's verified needs ({@code NeedsIdentified}: the household's list, replacing any earlier one) and
 * graduations, from {@code desatumis.assessment.assessment.v1}. A need of a kind not known here makes the event
 * malformed: a kind is never skipped silently.
 */
@Singleton
public class AssessmentNeedsConsumer extends HouseholdNewsConsumer {

    static final String CONSUMER = "assistance.needs";

    private final ObjectMapper mapper;

    public AssessmentNeedsConsumer(Inbox inbox, HouseholdNewsBatch batch, ServiceIdentity service, ObjectMapper mapper) {
        super(inbox, batch, service, CONSUMER, "the needs from assessments");
        this.mapper = mapper;
    }

    @Incoming("assessment-needs")
    @Override
    public Uni<Void> consume(ConsumerRecords<String, String> records) {
        return super.consume(records);
    }

    @Override
    HouseholdNews news(ConsumedEvent event, String projection) {
        switch (event.type()) {
            case NeedsIdentifiedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, NeedsIdentifiedV1.class, projection);
                return new HouseholdNews.Listed(new NeedsListing(id(e.householdId()), e.desaCode(), id(e.assessmentId()),
                        e.povertyClass(), e.policyVersion(), e.needs().stream()
                        .map(n -> new NeedsListing.Listed(NeedKind.valueOf(n.kind()),
                                n.memberId() == null ? null : id(n.memberId()))).toList()));
            }
            case HouseholdGraduatedV1.CE_TYPE -> {
                var e = event.payloadAs(mapper, HouseholdGraduatedV1.class, projection);
                return new HouseholdNews.Graduated(id(e.householdId()), id(e.assessmentId()));
            }
            default -> {
                return null;
            }
        }
    }
}
