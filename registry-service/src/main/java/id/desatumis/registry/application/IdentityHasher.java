package id.desatumis.registry.application;

import id.desatumis.registry.domain.DuplicateReview;
import id.desatumis.registry.domain.Member;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Keyed hashes (HMAC-SHA256) of NIK and KK numbers, for uniqueness and lookups: the plain values are never
 * indexed. The key lives outside the database (a file, or a secret in production), so a copy of the
 * database alone cannot confirm a guessed NIK.
 */
@ApplicationScoped
public class IdentityHasher {

    private final SecretKeySpec key;
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    public IdentityHasher(@ConfigProperty(name = "desatumis.registry.lookup-key") Optional<String> inlineKey,
                          @ConfigProperty(name = "desatumis.registry.lookup-key-file") Optional<String> keyFile) {
        byte[] bytes;
        try {
            if (keyFile.isPresent() && !keyFile.get().isBlank()) {
                bytes = Base64.getDecoder().decode(Files.readString(Path.of(keyFile.get())).strip());
            } else {
                bytes = Base64.getDecoder().decode(inlineKey.orElseThrow(() -> new IllegalStateException(
                        "set desatumis.registry.lookup-key-file (or desatumis.registry.lookup-key)")));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the lookup key file", e);
        }
        if (bytes.length < 32) {
            throw new IllegalStateException("the lookup key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(bytes, "HmacSHA256");
    }

    public byte[] nik(String nik) {
        return hmac("nik:" + nik);
    }

    public byte[] kk(String kkNumber) {
        return hmac("kk:" + kkNumber);
    }

    /** The keyed hashes of a name's distinct words, normalised (case and accents aside): to search by name. */
    public List<byte[]> nameWords(String name) {
        return wordsOf(DuplicateReview.normalisedName(name));
    }

    /** The same, of a name normalised already. */
    public List<byte[]> wordsOf(String normalisedName) {
        return Arrays.stream(normalisedName.split(" ")).filter(w -> !w.isEmpty()).distinct()
                .map(w -> hmac("name:" + w)).toList();
    }

    /**
     * A person's likeness: normalised name, birth date and desa. Two people with the same one are flagged. Null for
     * someone without a name or birth date (erased): they resemble nobody.
     */
    public byte[] fingerprint(Member m, String desaCode) {
        if (m.name() == null || m.birthDate() == null) return null;
        return hmac("fp:" + DuplicateReview.normalisedName(m.name()) + "|" + m.birthDate() + "|" + desaCode);
    }

    private byte[] hmac(String value) {
        // doFinal resets the MAC for the next value, still keyed
        return macs.get().doFinal(value.getBytes(StandardCharsets.UTF_8));
    }

    /** One keyed MAC per thread: an import hashes every NIK, KK number and likeness. */
    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
