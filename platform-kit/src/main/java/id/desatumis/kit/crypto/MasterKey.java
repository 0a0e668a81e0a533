package id.desatumis.kit.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

/**
 * The key that wraps every data key (AES-256-GCM). It is kept outside the database: a file here (the
 * git-ignored local folder), a key-management service in production. A copy of the database alone reads nothing.
 */
@ApplicationScoped
public class MasterKey {

    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    public MasterKey(@ConfigProperty(name = "desatumis.crypto.master-key") Optional<String> inline,
                     @ConfigProperty(name = "desatumis.crypto.master-key-file") Optional<String> file) {
        try {
            String b64 = file.isPresent() && !file.get().isBlank() ? Files.readString(Path.of(file.get())).strip()
                    : inline.orElseThrow(() -> new IllegalStateException(
                            "set desatumis.crypto.master-key-file (or desatumis.crypto.master-key)"));
            byte[] bytes = Base64.getDecoder().decode(b64);
            if (bytes.length != 32) throw new IllegalStateException("the master key must be 32 bytes (base64)");
            this.key = new SecretKeySpec(bytes, "AES");
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot read the master key file", e);
        }
    }

    /**
     * One AES-GCM cipher per thread, initialised anew (fresh nonce) for every use: looking the algorithm up in the
     * providers for every data key cost an import dearly.
     */
    private static final ThreadLocal<Cipher> GCM = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/GCM is not available", e);
        }
    });

    public byte[] wrap(byte[] dataKey) {
        try {
            byte[] nonce = new byte[12];
            RANDOM.nextBytes(nonce);
            Cipher c = GCM.get();
            c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = c.doFinal(dataKey);
            byte[] out = Arrays.copyOf(nonce, 12 + sealed.length);
            System.arraycopy(sealed, 0, out, 12, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap a data key", e);
        }
    }

    public byte[] unwrap(byte[] wrapped) {
        try {
            Cipher c = GCM.get();
            c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, wrapped, 0, 12));
            return c.doFinal(wrapped, 12, wrapped.length - 12);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a data key cannot be unwrapped with this master key", e);
        }
    }
}
