package id.desatumis.monitoring.partners;

import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.monitoring.messaging.AssistancePart;
import id.desatumis.monitoring.messaging.PartnersPart;
import id.desatumis.monitoring.messaging.ProjectionPart;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The story's events applied by the parts in three arrival orders across topics (each stream's own order kept, as
 * Kafka keeps it) and batch sizes give the same rows, row for row.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class PartsStoryTest {

    @Inject
    Pool pool;
    @Inject
    PartnersPart partners;
    @Inject
    AssistancePart assistance;

    @Test
    void everyArrivalOrderAcrossTopicsGivesTheSameRows() {
        CollaborationStory story = new CollaborationStory("33.14.07.2003", "33.14.07.2004");
        List<ProjectionPart<?>> parts = List.of(partners, assistance);
        ProjectionSchema asTold = new ProjectionSchema(pool);
        ProjectionSchema assistanceFirst = new ProjectionSchema(pool);
        ProjectionSchema partnerFirst = new ProjectionSchema(pool);
        try {
            asTold.apply(story.events.all(), 1, parts);
            assistanceFirst.apply(story.events.byTopics(AssistanceTopics.INTERVENTION, PartnerTopics.RESERVATION,
                    PartnerTopics.FORUM, PartnerTopics.PLEDGE, PartnerTopics.PARTNER, PartnerTopics.RESPONSIBILITY,
                    AssessmentTopics.ASSESSMENT), 5, parts);
            partnerFirst.apply(story.events.byTopics(PartnerTopics.RESPONSIBILITY, PartnerTopics.RESERVATION,
                    PartnerTopics.FORUM, PartnerTopics.PLEDGE, PartnerTopics.PARTNER, AssessmentTopics.ASSESSMENT,
                    AssistanceTopics.INTERVENTION), 1000, parts);
            List<String> rows = asTold.rows();
            assertThat(rows).hasSizeGreaterThan(30);
            assertThat(assistanceFirst.rows()).containsExactlyElementsOf(rows);
            assertThat(partnerFirst.rows()).containsExactlyElementsOf(rows);
        } finally {
            asTold.drop();
            assistanceFirst.drop();
            partnerFirst.drop();
        }
    }
}
