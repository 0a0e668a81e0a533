package id.desatumis.monitoring.bench;

import id.desatumis.contracts.assessment.AssessmentTopics;
import id.desatumis.contracts.assistance.AssistanceTopics;
import id.desatumis.contracts.monitoring.MonitoringTopics;
import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.registry.RegistryTopics;

import java.util.Set;
import java.util.TreeSet;

/** The topics monitoring's projection reads: every service's and its own (docs/projections.md), and any its generation has read. */
final class Topics {

    private static final Set<String> SERVICES = Set.of(RegistryTopics.HOUSEHOLD, AssessmentTopics.ASSESSMENT,
            AssistanceTopics.INTERVENTION, PartnerTopics.PARTNER, PartnerTopics.PLEDGE, PartnerTopics.RESERVATION,
            PartnerTopics.FORUM, PartnerTopics.RESPONSIBILITY, MonitoringTopics.DESA);

    private Topics() {
    }

    static Set<String> of(Generations.Generation g) {
        Set<String> topics = new TreeSet<>(SERVICES);
        g.positions().forEach(p -> topics.add(p.topic()));
        return topics;
    }
}
