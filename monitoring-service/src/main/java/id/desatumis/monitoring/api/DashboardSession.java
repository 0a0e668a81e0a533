package id.desatumis.monitoring.api;

import java.time.Instant;
import java.util.List;

/**
 * Who the dashboard's browser session is (from the verified token in its cookie), and where the identity provider's
 * login is, when one is configured. Signed out: only {@code signedIn=false} and {@code loginUrl}.
 */
public record DashboardSession(boolean signedIn, String subject, String name, List<String> roles,
                               List<String> desaCodes, String opdCode, String partnerId, Instant expiresAt,
                               String loginUrl) {

    static DashboardSession signedOut(String loginUrl) {
        return new DashboardSession(false, null, null, List.of(), List.of(), null, null, null, loginUrl);
    }
}
