package id.desatumis.devstack.apitest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Calls every operation of a service's document as every caller of ARCHITECTURE.md's security section, and holds
 * each answer to it: nobody without a token gets past a secured operation (401); a role the operation's security
 * requirement does not name is refused (403); an operator, office or partner of another scope is refused (403, or
 * 404 where saying "forbidden" would tell that the thing exists), unless the scene says the operation is not about
 * one scope; the roles it names, in their own scope, are let through (neither 401 nor 403, and never a 5xx). A public
 * operation lets everyone through. Each operation is called with valid inputs on the scene's real objects, refused
 * callers first, so that what an allowed call changes cannot hide what a refused one would have done.
 */
public final class AuthorizationMatrix {

    private final ApiScene scene;
    private final ValidCalls calls;
    private final ApiTransport transport;
    private final ApiReport report = new ApiReport("authorisation matrix");
    private final StringBuilder table = new StringBuilder();

    private AuthorizationMatrix(ApiScene scene) {
        this.scene = scene;
        this.calls = new ValidCalls(scene);
        this.transport = new ApiTransport(scene.base);
    }

    public static ApiReport check(ApiDocument document, ApiScene scene) {
        return new AuthorizationMatrix(scene).run(Order.of(document, scene));
    }

    private ApiReport run(List<ApiOperation> operations) {
        for (ApiOperation op : operations) {
            StringBuilder row = new StringBuilder(op.key()).append(":");
            for (Caller caller : refusedFirst(op)) {
                ApiRequest request = calls.of(op, caller).variant(caller.name());
                ApiTransport.Answer answer = transport.send(request);
                report.answered(request, answer.status());
                row.append(' ').append(caller.name().toLowerCase()).append('=').append(answer.status());
                String broken = broken(op, caller, answer.status());
                if (broken != null) report.failed(request, broken, answer);
            }
            table.append(row).append('\n');
        }
        report.table(table.toString());
        return report;
    }

    /** What the answer breaks, or null when it is as the security section says. */
    private String broken(ApiOperation op, Caller caller, int status) {
        if (status >= 500 || status == 0) return "a 5xx or no answer";
        boolean through = status != 401 && status != 403;
        return switch (expected(op, caller)) {
            case THROUGH -> through ? null : "the caller may call this operation, and was refused";
            case UNAUTHENTICATED -> status == 401 ? null : "no token must be answered 401";
            case FORBIDDEN -> status == 403 ? null : "a role the operation does not allow must be answered 403";
            case OUT_OF_SCOPE -> status == 403 || status == 404 ? null : "another scope's caller must be refused (403 or 404)";
        };
    }

    enum Expected { THROUGH, UNAUTHENTICATED, FORBIDDEN, OUT_OF_SCOPE }

    Expected expected(ApiOperation op, Caller caller) {
        if (op.isPublic()) return Expected.THROUGH;
        if (caller == Caller.ANONYMOUS) return Expected.UNAUTHENTICATED;
        if (!op.roles().contains(caller.role()) && !op.roles().contains(ApiScene.ANY_ROLE)) return Expected.FORBIDDEN;
        if (caller.otherScope() && !scene.unscoped(op.key(), caller)) return Expected.OUT_OF_SCOPE;
        return Expected.THROUGH;
    }

    private List<Caller> refusedFirst(ApiOperation op) {
        List<Caller> callers = new ArrayList<>(List.of(Caller.values()));
        callers.sort(Comparator.comparing((Caller c) -> expected(op, c) == Expected.THROUGH));
        return callers;
    }
}
