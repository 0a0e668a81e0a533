package id.desatumis.assistance.delivery;

import id.desatumis.assistance.Auth;
import id.desatumis.assistance.domain.NeedKind;
import id.desatumis.assistance.domain.Quantity;
import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import static id.desatumis.assistance.delivery.Deliveries.get;
import static id.desatumis.assistance.delivery.Deliveries.report;
import static id.desatumis.assistance.delivery.Deliveries.request;
import static id.desatumis.assistance.delivery.Deliveries.units;
import static id.desatumis.assistance.delivery.Deliveries.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/**
 * The OPD API: an office's (or partner's) interventions and overdue list, and a batch of up to 500 delivery reports,
 * each answered by its index, replayed under the same Idempotency-Key.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "assistance"))
class OpdApiTest {

    @Inject
    Given given;

    @Test
    void anOfficeListsTheInterventionsItAnswersForByStageKindDesaAndChange() {
        String code = Given.opdCode();
        UUID office = given.office(code);
        String other = Given.opdCode();
        UUID othersOffice = given.office(other);
        var inDesa = given.household(Given.DESA, NeedKind.FOOD_ASSISTANCE, NeedKind.ELECTRICITY);
        var inOtherDesa = given.household(Given.OTHER_DESA, NeedKind.FOOD_ASSISTANCE);
        UUID food = given.resourced(inDesa, NeedKind.FOOD_ASSISTANCE, office, new Quantity(null, 1L));
        UUID power = given.planned(inDesa, NeedKind.ELECTRICITY, office, new Quantity(null, 1L));
        UUID away = given.resourced(inOtherDesa, NeedKind.FOOD_ASSISTANCE, office, new Quantity(null, 1L));
        given.resourced(given.household(Given.DESA, NeedKind.SANITATION), NeedKind.SANITATION, othersOffice,
                new Quantity(null, 1L));

        list(Auth.opd(code), "").statusCode(200)
                .body("total", equalTo(3))
                .body("items.interventionId", containsInAnyOrder(food.toString(), power.toString(), away.toString()));
        list(Auth.opd(code), "?stage=PLANNED").body("items.interventionId", containsInAnyOrder(power.toString()));
        list(Auth.opd(code), "?kind=FOOD_ASSISTANCE&desa=" + Given.OTHER_DESA)
                .body("items.interventionId", containsInAnyOrder(away.toString()))
                .body("items[0].householdId", equalTo(inOtherDesa.id().toString()))
                .body("items[0].planned.units", equalTo(1));
        list(Auth.opd(code), "?size=2&page=1").body("items", hasSize(1)).body("total", equalTo(3));

        Instant before = Instant.now();
        report(Auth.opd(code), food, units(1)).statusCode(201);
        list(Auth.opd(code), "?since=" + before).body("items.interventionId", containsInAnyOrder(food.toString()))
                .body("items[0].stage", equalTo("DELIVERED"));
        list(Auth.opd(other), "").body("total", equalTo(1));
        list(Auth.opd("OPD-NOT-REGISTERED"), "").body("total", equalTo(0));
    }

    @Test
    void theListsParametersAreChecked() {
        String code = Given.opdCode();
        list(Auth.opd(code), "?size=201").statusCode(400).body("errors[0].rule", equalTo("size-out-of-range"));
        list(Auth.opd(code), "?page=-1").statusCode(400).body("errors[0].rule", equalTo("page-out-of-range"));
        list(Auth.opd(code), "?stage=DONE&kind=CASH&desa=33.14.99.9999&since=yesterday").statusCode(400)
                .body("errors.rule", containsInAnyOrder("stage-unknown", "kind-unknown", "desa-unknown", "since-format"));
        get(Auth.opd(code), "/opd/overdue?size=0").statusCode(400);
    }

    @Test
    void theOverdueListHasWhatIsPastItsDueDateAndNotDeliveredInFull() {
        String code = Given.opdCode();
        UUID office = given.office(code);
        UUID late = given.plannedLongAgo(office, NeedKind.FOOD_ASSISTANCE, Given.today().minusDays(3));
        UUID later = given.plannedLongAgo(office, NeedKind.ELECTRICITY, Given.today().minusDays(30));
        UUID deliveredLate = given.plannedLongAgo(office, NeedKind.SANITATION, Given.today().minusDays(5));
        report(Auth.opd(code), deliveredLate, units(1)).statusCode(201);
        given.resourced(given.household(Given.DESA, NeedKind.HOUSE_REPAIR), NeedKind.HOUSE_REPAIR, office,
                new Quantity(null, 1L));
        get(Auth.opd(code), "/opd/overdue").statusCode(200)
                .body("total", equalTo(2))
                .body("items.interventionId", equalTo(List.of(later.toString(), late.toString())));
    }

    @Test
    void aBatchIsAnsweredItemByItemAndReplayedUnderItsKey() {
        String code = Given.opdCode();
        UUID office = given.office(code);
        String other = Given.opdCode();
        UUID othersIntervention = given.resourcedMany(1, given.office(other), NeedKind.FOOD_ASSISTANCE,
                new Quantity(null, 1L)).get(0);
        List<UUID> mine = given.resourcedMany(125, office, NeedKind.FOOD_ASSISTANCE, new Quantity(null, 4L));
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Map<String, Object> item = new HashMap<>(units(1));
            item.put("interventionId", mine.get(i / 4).toString());
            switch (i % 50) {
                case 7 -> item.put("description", "diterima 3314071203850001");
                case 13 -> item.put("deliveredOn", Given.today().plusDays(2).toString());
                case 21 -> item.put("interventionId", othersIntervention.toString());
                case 29 -> item.put("amount", Map.of("units", 99));
                case 37 -> item.put("amount", "a lot");
                default -> { }
            }
            items.add(item);
        }
        String key = "batch-" + UUID.randomUUID();
        var first = batch(Auth.opd(code), key, items).statusCode(200)
                .body("received", equalTo(500))
                .body("refused", equalTo(50))
                .body("accepted", equalTo(450))
                .body("results.index", equalTo(IntStream.range(0, 500).boxed().toList()));
        assertThat(first.extract().<List<Integer>>path("results.status"))
                .isEqualTo(IntStream.range(0, 500).mapToObj(OpdApiTest::expected).toList());
        first.body("results[0].status", equalTo(201))
                .body("results[0].interventionId", equalTo(mine.get(0).toString()))
                .body("results[7].problem.errors[0].rule", equalTo("personal-number"))
                .body("results[7].problem.errors[0].field", equalTo("items[7].description"))
                .body("results[13].problem.type", equalTo("/problems/delivery-in-future"))
                .body("results[21].problem.type", equalTo("/problems/not-found"))
                .body("results[29].problem.type", equalTo("/problems/over-delivery"))
                .body("results[37].status", equalTo(400))
                .body("results[37].problem.type", equalTo("/problems/malformed-request"));
        assertThat(given.interventionNow(mine.get(0)).deliveries()).hasSize(4);
        assertThat(given.interventionNow(mine.get(1)).deliveries()).hasSize(3);

        batch(Auth.opd(code), key, items).statusCode(200)
                .body("accepted", equalTo(450))
                .body("results[0].replayed", equalTo(true))
                .body("results[0].deliveryId", equalTo(first.extract().<String>path("results[0].deliveryId")))
                .body("results[7].problem.errors[0].rule", equalTo("personal-number"));
        assertThat(given.interventionNow(mine.get(0)).deliveries()).hasSize(4);

        List<Object> changed = new ArrayList<>(items);
        changed.set(0, with(units(1), "interventionId", mine.get(0).toString()));
        batch(Auth.opd(code), key, changed).statusCode(200)
                .body("results[0].status", equalTo(422))
                .body("results[0].problem.type", equalTo("/problems/idempotency-key-reused"));
    }

    @Test
    void aBatchNeedsItsKeyAndAtMost500Items() {
        String code = Given.opdCode();
        batch(Auth.opd(code), null, List.of(units(1))).statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        List<Object> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) tooMany.add(units(1));
        batch(Auth.opd(code), "k-" + UUID.randomUUID(), tooMany).statusCode(400)
                .body("errors[0].rule", equalTo("max-size"));
        batch(Auth.opd(code), "k-" + UUID.randomUUID(), List.of()).statusCode(400)
                .body("errors[0].rule", equalTo("required"));
    }

    /** What item {@code i} of the batch above is answered with. */
    private static int expected(int i) {
        return switch (i % 50) {
            case 7, 13, 37 -> 400;
            case 21 -> 404;
            case 29 -> 409;
            default -> 201;
        };
    }

    private static ValidatableResponse list(String token, String query) {
        return get(token, "/opd/interventions" + query);
    }

    static ValidatableResponse batch(String token, String key, List<Object> items) {
        var r = request(token).contentType(ContentType.JSON).body(Map.of("items", items));
        if (key != null) r = r.header("Idempotency-Key", key);
        return r.post("/opd/deliveries").then();
    }
}
