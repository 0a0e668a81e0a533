package id.desatumis.devstack;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Mints RS256 bearer tokens with the claims of ARCHITECTURE.md ("Security"), for the local platform and tests.
 * In production tokens come from the OpenID Connect provider; nothing here is used there.
 */
public final class Tokens {

    public static final String ISSUER = "desatumis-local";
    public static final String AUDIENCE = "desatumis";

    private final PrivateKey privateKey;
    private final String publicKeyPem;

    public Tokens(PrivateKey privateKey, String publicKeyPem) {
        this.privateKey = privateKey;
        this.publicKeyPem = publicKeyPem;
    }

    /** A fresh key pair that lives only in memory (tests). */
    public static Tokens generate() {
        KeyPair pair = newKeyPair();
        return new Tokens(pair.getPrivate(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
    }

    /** Loads the key pair from a folder, making it on first use (the local platform; the folder is git-ignored). */
    public static Tokens fromFolder(Path folder) {
        try {
            Path priv = folder.resolve("jwt-private.pem");
            Path pub = folder.resolve("jwt-public.pem");
            if (!Files.exists(priv)) {
                Files.createDirectories(folder);
                KeyPair pair = newKeyPair();
                Files.writeString(pub, pem("PUBLIC KEY", pair.getPublic().getEncoded()));
                Files.writeString(priv, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                priv.toFile().setReadable(false, false);
                priv.toFile().setReadable(true, true);
            }
            byte[] der = Base64.getMimeDecoder().decode(Files.readString(priv)
                    .replaceAll("-----[A-Z ]+-----", "").trim());
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new Tokens(key, Files.readString(pub));
        } catch (Exception e) {
            throw new IllegalStateException("cannot load the token keys in " + folder, e);
        }
    }

    public String publicKeyPem() {
        return publicKeyPem;
    }

    /** A token for a role, valid for the given seconds; scope claims by role. */
    public String mint(String subject, String role, List<String> desa, String opd, String partnerId) {
        return builder(subject).role(role).desa(desa).opd(opd).partnerId(partnerId).sign();
    }

    public Builder builder(String subject) {
        return new Builder(subject);
    }

    public final class Builder {
        private final Map<String, Object> claims = new LinkedHashMap<>();
        private final List<String> groups = new ArrayList<>();
        private String alg = "RS256";
        private PrivateKey signWith = privateKey;

        private Builder(String subject) {
            long now = Instant.now().getEpochSecond();
            claims.put("iss", ISSUER);
            claims.put("aud", AUDIENCE);
            claims.put("sub", subject);
            claims.put("preferred_username", subject);
            claims.put("iat", now);
            claims.put("exp", now + 3600);
            claims.put("jti", UUID.randomUUID().toString());
        }

        public Builder role(String role) { if (role != null) groups.add(role); return this; }
        public Builder desa(List<String> codes) { if (codes != null && !codes.isEmpty()) claims.put("desa", codes); return this; }
        public Builder opd(String code) { if (code != null) claims.put("opd", code); return this; }
        public Builder partnerId(String id) { if (id != null) claims.put("partner_id", id); return this; }
        public Builder audience(String aud) { claims.put("aud", aud); return this; }
        public Builder issuer(String iss) { claims.put("iss", iss); return this; }
        public Builder validFor(long seconds) {
            long now = Instant.now().getEpochSecond();
            claims.put("iat", now);
            claims.put("exp", now + seconds);
            return this;
        }
        public Builder expiredSecondsAgo(long seconds) {
            long now = Instant.now().getEpochSecond();
            claims.put("iat", now - seconds - 600);
            claims.put("exp", now - seconds);
            return this;
        }
        /** A token naming no subject ({@code sub}), which every service must refuse. */
        public Builder withoutSubject() { claims.remove("sub"); return this; }
        public Builder signedWith(PrivateKey other) { this.signWith = other; return this; }
        /** An unsigned token ({@code alg: none}), which every service must refuse. */
        public Builder unsigned() { this.alg = "none"; return this; }

        public String sign() {
            if (!groups.isEmpty()) claims.put("groups", groups);
            String header = b64(("{\"alg\":\"" + alg + "\",\"typ\":\"JWT\",\"kid\":\"desatumis-local\"}").getBytes(StandardCharsets.UTF_8));
            String body = b64(json(claims).getBytes(StandardCharsets.UTF_8));
            String input = header + "." + body;
            if (alg.equals("none")) {
                return input + ".";
            }
            try {
                Signature sig = Signature.getInstance("SHA256withRSA");
                sig.initSign(signWith);
                sig.update(input.getBytes(StandardCharsets.US_ASCII));
                return input + "." + b64(sig.sign());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    public static KeyPair newKeyPair() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            return gen.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String json(Object value) {
        if (value instanceof String s) {
            return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        }
        if (value instanceof List<?> list) {
            StringBuilder sb = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) sb.append(',');
                sb.append(json(list.get(i)));
            }
            return sb.append(']').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) sb.append(',');
                first = false;
                sb.append(json(e.getKey().toString())).append(':').append(json(e.getValue()));
            }
            return sb.append('}').toString();
        }
        return String.valueOf(value);
    }
}
