package id.desatumis.partner.pledges;

import id.desatumis.contracts.partner.PartnerTopics;
import id.desatumis.contracts.partner.PledgeExpiredV1;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.devstack.TopicRecords;
import id.desatumis.kit.aggregate.AggregateStore;
import id.desatumis.partner.Auth;
import id.desatumis.partner.application.PledgeAggregate;
import id.desatumis.partner.domain.Amounts;
import id.desatumis.partner.domain.Area;
import id.desatumis.partner.domain.AreaScope;
import id.desatumis.partner.domain.NeedKind;
import id.desatumis.partner.domain.PledgeBalance;
import id.desatumis.partner.domain.PledgeEvent.PledgeAccepted;
import id.desatumis.partner.domain.PledgeEvent.PledgeOffered;
import id.desatumis.partner.domain.PledgeStatus;
import id.desatumis.partner.persistence.PledgeBalances;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.partner.pledges.Offers.accepted;
import static id.desatumis.partner.pledges.Offers.command;
import static id.desatumis.partner.pledges.Offers.houses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * Pledges expire by schedule (the sweep runs every second in tests) the day after their last day, in Sragen's time;
 * what is reserved stays reserved, and nothing more can be withdrawn.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class PledgeExpiryTest {

    @Inject
    Pool pool;
    @Inject
    AggregateStore aggregates;
    @Inject
    PledgeAggregate pledges;
    @Inject
    PledgeBalances balances;
    @Inject
    Clock clock;

    @Test
    void aPledgeWhosePeriodEndedExpiresAndKeepsWhatIsReserved() {
        UUID partner = Fixtures.partner(pool);
        UUID ended = UUID.randomUUID();
        LocalDate lastDay = LocalDate.now(clock).minusDays(1);
        var scope = new AreaScope(Area.Level.DESA, List.of(Offers.DESA));
        Fixtures.pledgeHistory(pool, aggregates, pledges, ended, List.of(
                new PledgeOffered(ended, partner, List.of(NeedKind.SANITATION), scope, new Amounts(null, 12L), "LATRINE",
                        lastDay.minusMonths(3), lastDay, "staf-baznas"),
                new PledgeAccepted(ended, "TKPKD/33.14/TEST/" + ended, "sekretariat-tkpkd")));
        Fixtures.reserve(pool, ended, 0, 3);
        // its last day is today: it stays open
        var today = houses();
        today.put("validUntil", LocalDate.now(clock).toString());
        UUID open = accepted(pool, partner, today);

        await().atMost(Fixtures.PATIENCE).until(() -> balance(ended).status() == PledgeStatus.EXPIRED);
        var expired = balance(ended);
        assertThat(expired.reserved().unitsOrZero()).isEqualTo(3);
        assertThat(expired.remaining().units()).isEqualTo(9);
        var state = aggregates.load(pool, pledges, ended).await().atMost(Fixtures.PATIENCE);
        assertThat(state.state().status()).isEqualTo(PledgeStatus.EXPIRED);
        assertThat(state.version()).isEqualTo(3);
        assertThat(balance(open).status()).isEqualTo(PledgeStatus.ACCEPTED);

        command(Auth.partner(partner), ended, "withdrawal", Map.of("entire", true, "reason", "r")).statusCode(409)
                .body("type", equalTo("/problems/pledge-closed"));

        var published = TopicRecords.withKey(PartnerTopics.PLEDGE, "pledge-" + ended, 3, Fixtures.PATIENCE).get(2);
        assertThat(TopicRecords.header(published, "ce_type")).isEqualTo(PledgeExpiredV1.CE_TYPE);
        assertThat(published.value()).contains("\"endedOn\":\"" + lastDay + "\"");
    }

    private PledgeBalance balance(UUID pledgeId) {
        return balances.find(pool, pledgeId).await().atMost(Fixtures.PATIENCE);
    }
}
