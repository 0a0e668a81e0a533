package id.desatumis.kit.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Builds the {@link Caller} of the current request from the verified JWT. */
@RequestScoped
public class CallerProvider {

    private final SecurityIdentity identity;

    public CallerProvider(SecurityIdentity identity) {
        this.identity = identity;
    }

    public Caller current() {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            throw new io.quarkus.security.UnauthorizedException();
        }
        Set<String> desa = new HashSet<>();
        Object claim = jwt.getClaim("desa");
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> desa.add(unquote(String.valueOf(v))));
        } else if (claim != null) {
            desa.add(unquote(String.valueOf(claim)));
        }
        return new Caller(jwt.getSubject(), jwt.getName(), Set.copyOf(identity.getRoles()), Set.copyOf(desa),
                stringClaim(jwt, "opd"), stringClaim(jwt, "partner_id"));
    }

    private static String stringClaim(JsonWebToken jwt, String name) {
        Object v = jwt.getClaim(name);
        return v == null ? null : unquote(String.valueOf(v));
    }

    private static String unquote(String s) {
        // JSON-P string values print with their quotes
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
