package id.desatumis.monitoring.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/**
 * Who the dashboard's browser session is (from the verified token in its cookie), and where the identity provider's
 * login is, when one is configured. Signed out: only {@code signedIn=false} and {@code loginUrl}.
 */
@Schema(description = "Who the dashboard's session is, from its verified token; signed out, only signedIn=false and "
        + "loginUrl")
public record DashboardSession(
        @Schema(description = "Whether a valid token is kept", required = true, examples = "true") boolean signedIn,
        @Schema(description = "The token's sub", examples = "dinsos-sri") String subject,
        @Schema(description = "The token's preferred_username (else its sub)", examples = "sri.lestari") String name,
        @Schema(description = "The token's groups, sorted", required = true,
                examples = "[\"dinsos\"]") List<String> roles,
        @Schema(description = "A village operator's desa codes (desa claim), sorted", required = true,
                examples = "[\"33.14.07.2003\"]") List<String> desaCodes,
        @Schema(description = "An office's code (opd claim)", examples = "DINKES") String opdCode,
        @Schema(description = "A partner's id (partner_id claim)", examples = "5b0c3a4e-8f1d-4c2b-9a7e-2d6f1b3c4a5e")
        String partnerId,
        @Schema(description = "When the token expires", examples = "2026-03-02T21:00:00Z") Instant expiresAt,
        @Schema(description = "The identity provider's login page, when configured", examples = "https://sso.sragenkab.go.id/")
        String loginUrl) {

    static DashboardSession signedOut(String loginUrl) {
        return new DashboardSession(false, null, null, List.of(), List.of(), null, null, null, loginUrl);
    }
}
