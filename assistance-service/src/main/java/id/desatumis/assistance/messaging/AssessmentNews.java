package id.desatumis.assistance.messaging;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.desatumis.assistance.application.HouseholdNews;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.NeedsListing;
import id.desatumis.contracts.assessment.HouseholdGraduatedV1;
import id.desatumis.contracts.assessment.NeedsIdentifiedV1;
import id.desatumis.kit.inbox.ConsumedEvent;

import static id.desatumis.assistance.messaging.HouseholdNewsConsumer.id;

/**
 * assessment-service's verified needs ({@code NeedsIdentified}: the household's list, replacing any earlier one) and
 * graduations, from {@code desatumis.assessment.assessment.v1}, read as news of households. A need of a kind not
 * known here makes the event malformed: a kind is never skipped silently.
 */
final class AssessmentNews {

    private AssessmentNews() {
    }

    static HouseholdNews of(ConsumedEvent event, ObjectMapper mapper, String projection) {
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
