package id.desatumis.partner.partners;

import id.desatumis.devstack.DevStack;
import id.desatumis.devstack.DevStackTestResource;
import id.desatumis.partner.Auth;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static id.desatumis.partner.partners.Partners.post;
import static org.hamcrest.Matchers.equalTo;

/** Only Dinas Sosial and TKPKD register, suspend and reinstate partners; everyone else is refused, before any change. */
@QuarkusTest
@QuarkusTestResource(value = DevStackTestResource.class, initArgs = @ResourceArg(name = "database", value = "partner"))
class PartnerSecurityApiTest {

    static final String DESA = "33.14.07.2003";

    /** Every token that may not change partners, the partner's own and its office's included. */
    static List<String> refused(String partnerId, String opdCode) {
        return List.of(Auth.operator(DESA), Auth.opd(opdCode), Auth.partner(UUID.fromString(partnerId)), Auth.auditor(),
                Auth.token("someone", "public", null, null, null));
    }

    @Test
    void onlyDinasSosialAndTkpkdRegister() {
        String code = Partners.opdCode();
        var body = Partners.opd(code);
        post(null, "/partners", body).statusCode(401).contentType("application/problem+json")
                .body("type", equalTo("/problems/unauthorized"));
        for (String token : refused(UUID.randomUUID().toString(), code)) {
            post(token, "/partners", body).statusCode(403).body("type", equalTo("/problems/forbidden"));
        }
        String expired = "Bearer " + DevStack.shared().tokens().builder("staf-dinsos").role("dinsos").expiredSecondsAgo(60).sign();
        post(expired, "/partners", body).statusCode(401);
        post(Auth.tkpkd(), "/partners", body).statusCode(201);
    }

    @Test
    void onlyDinasSosialAndTkpkdSuspendAndReinstateNotEvenThePartnerItself() {
        String code = Partners.opdCode();
        String id = Partners.register(Auth.dinsos(), Partners.opd(code));
        for (String action : List.of("/suspension", "/reinstatement")) {
            post(null, "/partners/" + id + action, Map.of("reason", "r")).statusCode(401);
            for (String token : refused(id, code)) {
                post(token, "/partners/" + id + action, Map.of("reason", "r")).statusCode(403)
                        .body("type", equalTo("/problems/forbidden"));
            }
        }
        post(Auth.dinsos(), "/partners/" + id + "/suspension", Map.of("reason", "r")).statusCode(200).body("version", equalTo(2));
    }
}
