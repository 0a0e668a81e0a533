package id.desatumis.monitoring.api;

import org.eclipse.microprofile.jwt.JsonWebToken;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Reads a verified token's claims into the dashboard's view of its session. */
final class DashboardSessions {

    private DashboardSessions() {
    }

    static DashboardSession of(JsonWebToken jwt, String loginUrl) {
        List<String> roles = jwt.getGroups() == null ? List.of() : jwt.getGroups().stream().sorted().toList();
        return new DashboardSession(true, jwt.getSubject(), jwt.getName(), roles, strings(jwt.getClaim("desa")),
                string(jwt.getClaim("opd")), string(jwt.getClaim("partner_id")),
                Instant.ofEpochSecond(jwt.getExpirationTime()), loginUrl);
    }

    private static List<String> strings(Object claim) {
        List<String> out = new ArrayList<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> out.add(string(v)));
        } else if (claim != null) {
            out.add(string(claim));
        }
        return out.stream().sorted().toList();
    }

    private static String string(Object value) {
        if (value == null) return null;
        String s = value instanceof jakarta.json.JsonString js ? js.getString() : String.valueOf(value);
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
