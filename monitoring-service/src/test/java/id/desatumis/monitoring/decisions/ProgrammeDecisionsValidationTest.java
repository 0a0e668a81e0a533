package id.desatumis.monitoring.decisions;

import id.desatumis.devstack.DevStackTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static id.desatumis.monitoring.decisions.DecisionsFixture.YEAR;
import static id.desatumis.monitoring.decisions.DecisionsFixture.citing;
import static id.desatumis.monitoring.decisions.DecisionsFixture.declare;
import static id.desatumis.monitoring.decisions.DecisionsFixture.intake;
import static id.desatumis.monitoring.decisions.DecisionsFixture.intakeOf;
import static id.desatumis.monitoring.decisions.DecisionsFixture.tkpkd;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

/**
 * Every field rule of an intake and a declaration answers 400 naming the field and the rule (each broken one at
 * once), a desa that is not Sragen's is 404 in a path, and nothing a client sends is a 5xx. Nothing here joins a desa.
 */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "monitoring"))
class ProgrammeDecisionsValidationTest {

    static final String DESA = "33.14.20.2007";
    static final String NUMBER = "TKPKD/33.14/2024/001";

    @Test
    void anIntakeYearRunsFromTheFirstIntakeToNextYear() {
        int next = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() + 1;
        for (Object year : List.of("2021", String.valueOf(next + 1), "abcd", "20245", "-2024", "0")) {
            intake(tkpkd(), year, intakeOf(NUMBER, DESA)).statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("/problems/validation-failed"))
                    .body("errors[0].field", equalTo("year")).body("errors[0].rule", equalTo("intake-year"));
        }
    }

    @Test
    void theDesaOfAnIntakeAreSragensEachOnceAtLeastOne() {
        List<String> codes = new ArrayList<>(List.of(DESA, "33.14.99.2001", DESA, "33.14.07", "x"));
        codes.add(null);
        Map<String, Object> body = new HashMap<>();
        body.put("desaCodes", codes);
        body.put("decisionNumber", NUMBER);
        intake(tkpkd(), YEAR, body).statusCode(400).body("errors.field",
                containsInAnyOrder("desaCodes[1]", "desaCodes[2]", "desaCodes[3]", "desaCodes[4]", "desaCodes[5]"))
                .body("errors.rule", containsInAnyOrder("desa-unknown", "desa-listed-twice", "desa-unknown",
                        "desa-unknown", "desa-unknown"))
                .body("detail", not(containsString("33.14.99")));
        intake(tkpkd(), YEAR, Map.of("desaCodes", List.of(), "decisionNumber", NUMBER)).statusCode(400)
                .body("errors[0].field", equalTo("desaCodes")).body("errors[0].rule", equalTo("required"));
        intake(tkpkd(), YEAR, Map.of("decisionNumber", NUMBER)).statusCode(400)
                .body("errors[0].field", equalTo("desaCodes")).body("errors[0].rule", equalTo("required"));
        intake(tkpkd(), YEAR, Map.of("desaCodes", Collections.nCopies(209, DESA), "decisionNumber", NUMBER)).statusCode(400)
                .body("errors[0].field", equalTo("desaCodes")).body("errors[0].rule", equalTo("max-size"));
    }

    @Test
    void aDecisionNumberIsRequiredInPartnerServicesShape() {
        for (Object number : List.of("", "   ", "MD 33.14", "x".repeat(101), "MD/33.14'--")) {
            intake(tkpkd(), YEAR, Map.of("desaCodes", List.of(DESA), "decisionNumber", number)).statusCode(400)
                    .body("errors[0].field", equalTo("decisionNumber"));
            declare(tkpkd(), DESA, citing((String) number)).statusCode(400).body("errors[0].field", equalTo("decisionNumber"));
        }
        intake(tkpkd(), YEAR, Map.of("desaCodes", List.of(DESA))).statusCode(400)
                .body("errors[0].field", equalTo("decisionNumber")).body("errors[0].rule", equalTo("required"));
        declare(tkpkd(), DESA, Map.of()).statusCode(400).body("errors[0].rule", equalTo("required"));
        declare(tkpkd(), DESA, citing("MD 1")).statusCode(400).body("errors[0].rule", equalTo("decision-number-format"));
    }

    @Test
    void everyBrokenRuleOfAnIntakeIsNamedAtOnce() {
        intake(tkpkd(), "1999", Map.of("desaCodes", List.of("33.14"), "decisionNumber", "a b")).statusCode(400)
                .body("errors.field", containsInAnyOrder("year", "desaCodes[0]", "decisionNumber"));
    }

    @Test
    void aDeclarationForACodeThatIsNoSragenDesaIsNotFound() {
        for (String code : List.of("33.14.99.2001", "33.14.07", "33.14", "x")) {
            declare(tkpkd(), code, citing(NUMBER)).statusCode(404).body("type", equalTo("/problems/not-found"));
        }
    }

    @Test
    void bodiesThatAreNotTheExpectedJsonAre400NeverA500() {
        intake(tkpkd(), YEAR, "{not json").statusCode(400).body("type", equalTo("/problems/malformed-request"));
        intake(tkpkd(), YEAR, "[1, 2]").statusCode(400);
        intake(tkpkd(), YEAR, "{\"desaCodes\": \"" + DESA + "\", \"decisionNumber\": 1}").statusCode(400);
        intake(tkpkd(), YEAR, "{\"desaCodes\": [{\"code\": 1}], \"decisionNumber\": \"X\"}").statusCode(400);
        intake(tkpkd(), YEAR, "").statusCode(400);
        declare(tkpkd(), DESA, "{\"decisionNumber\": [1]}").statusCode(400);
        declare(tkpkd(), DESA, "null").statusCode(400);
        declare(tkpkd(), DESA, "").statusCode(400);
    }
}
