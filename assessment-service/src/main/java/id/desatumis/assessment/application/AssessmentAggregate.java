package id.desatumis.assessment.application;

import id.desatumis.assessment.domain.AssessmentEvent.AssessmentClassified;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentReclassified;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentRejected;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentReturned;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentSubmitted;
import id.desatumis.assessment.domain.AssessmentEvent.AssessmentVerified;
import id.desatumis.assessment.domain.AssessmentEvent.HouseholdGraduated;
import id.desatumis.assessment.domain.AssessmentEvent.NeedAdded;
import id.desatumis.assessment.domain.AssessmentEvent.NeedStruck;
import id.desatumis.assessment.domain.AssessmentEvent.NeedsIdentified;
import id.desatumis.assessment.domain.AssessmentEvent;
import id.desatumis.assessment.domain.HouseholdAssessments.State;
import id.desatumis.assessment.domain.HouseholdAssessments;
import id.desatumis.kit.aggregate.AggregateType;
import id.desatumis.kit.aggregate.EventTypes;
import id.desatumis.kit.aggregate.PayloadSealing;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/**
 * All of one household's assessments, as the kit's pipeline stores them: one stream {@code assessment-<householdId>},
 * every event sealed whole under the household's data key.
 *
 * <p>The stored names are the ones this service has always written; a change to a record's fields needs a new schema
 * version here and an upcaster from the previous one.
 */
@ApplicationScoped
public class AssessmentAggregate implements AggregateType<State, AssessmentEvent> {

    public static final String CATEGORY = "assessment";

    static final EventTypes<AssessmentEvent> TYPES = EventTypes.of(AssessmentEvent.class)
            .type("AssessmentSubmitted", 1, AssessmentSubmitted.class)
            .type("AssessmentClassified", 1, AssessmentClassified.class)
            .type("AssessmentReclassified", 1, AssessmentReclassified.class)
            .type("NeedAdded", 1, NeedAdded.class)
            .type("NeedStruck", 1, NeedStruck.class)
            .type("AssessmentVerified", 1, AssessmentVerified.class)
            .type("AssessmentRejected", 1, AssessmentRejected.class)
            .type("AssessmentReturned", 1, AssessmentReturned.class)
            .type("NeedsIdentified", 1, NeedsIdentified.class)
            .type("HouseholdGraduated", 1, HouseholdGraduated.class)
            .build();

    private final HouseholdKeySealing sealing;

    public AssessmentAggregate(HouseholdKeySealing sealing) {
        this.sealing = sealing;
    }

    /** The stream of a household's assessments. */
    public static String streamIdOf(UUID householdId) {
        return CATEGORY + "-" + householdId;
    }

    /** The household a stream of assessments belongs to. */
    public static UUID householdOf(String streamId) {
        return UUID.fromString(streamId.substring(CATEGORY.length() + 1));
    }

    @Override
    public String category() {
        return CATEGORY;
    }

    @Override
    public State initial() {
        return State.EMPTY;
    }

    @Override
    public State evolve(State state, AssessmentEvent event) {
        return HouseholdAssessments.evolve(state, event);
    }

    @Override
    public EventTypes<AssessmentEvent> eventTypes() {
        return TYPES;
    }

    @Override
    public PayloadSealing sealing() {
        return sealing;
    }
}
