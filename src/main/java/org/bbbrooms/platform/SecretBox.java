package org.bbbrooms.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts secrets that the portal must store and use again (the BBB shared secret) with AES-256-GCM under the key
 * of {@code BBB_SECRET_KEY}, so that a database dump alone does not give them away. A sealed value names its key
 * ({@code aesgcm:<key id>:<base64url of nonce, ciphertext and tag>}), so that after a rotation values sealed with a
 * retired key ({@code BBB_SECRET_KEYS_RETIRED}) still open and are sealed again with the current one. A value without
 * the prefix is a clear-text one from before encryption, opened as it is.
 * <p>Use: {@code row.setValue(secrets.seal(secret))}, {@code String secret = secrets.open(row.value())}.
 */
@ApplicationScoped
public class SecretBox {

    private static final String PREFIX = "aesgcm:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    @ConfigProperty(name = "BBB_SECRET_KEY")
    Optional<String> currentKey;

    @Inject
    @ConfigProperty(name = "BBB_SECRET_KEYS_RETIRED")
    Optional<String> retiredKeys;

    private volatile Keys keys;

    /** The current key's id and every key that opens values, by id. */
    private record Keys(Optional<String> current, Map<String, SecretKeySpec> byId) {
    }

    public static SecretBox of(Optional<String> current, List<String> retired) {
        SecretBox box = new SecretBox();
        box.currentKey = current;
        box.retiredKeys = Optional.of(String.join(",", retired));
        return box;
    }

    public boolean hasKey() {
        return keys().current().isPresent();
    }

    /** Encrypts with the current key; without one, a refusal that says to set {@code BBB_SECRET_KEY}. */
    public String seal(String clear) {
        Keys all = keys();
        String id = all.current().orElseThrow(() -> new BusinessException("secret.key.missing"));
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, all.byId().get(id), nonce, clear.getBytes(StandardCharsets.UTF_8));
        byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
        System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
        return PREFIX + id + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
    }

    /** The clear value; a sealed value whose key is not configured, or that was altered, is an error that says so. */
    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        String[] parts = stored.split(":", 3);
        SecretKeySpec key = Optional.ofNullable(keys().byId().get(parts[1])).orElseThrow(() ->
                new IllegalStateException("A stored secret was encrypted with key " + parts[1] + ", which neither "
                        + "BBB_SECRET_KEY nor BBB_SECRET_KEYS_RETIRED holds"));
        byte[] in;
        try {
            in = Base64.getUrlDecoder().decode(parts.length == 3 ? parts[2] : "");
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("A stored secret is damaged (not base64)");
        }
        if (in.length <= NONCE_BYTES) {
            throw new IllegalStateException("A stored secret is damaged (too short)");
        }
        byte[] clear = crypt(Cipher.DECRYPT_MODE, key, Arrays.copyOf(in, NONCE_BYTES),
                Arrays.copyOfRange(in, NONCE_BYTES, in.length));
        return new String(clear, StandardCharsets.UTF_8);
    }

    /** Whether a stored value should be sealed again: clear text, or sealed with a key other than the current one. */
    public boolean needsResealing(String stored) {
        return !isSealed(stored) || keys().current().map(id -> !stored.startsWith(PREFIX + id + ":")).orElse(false);
    }

    public static boolean isSealed(String stored) {
        return stored.startsWith(PREFIX);
    }

    private static byte[] crypt(int mode, SecretKeySpec key, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A stored secret does not open with its key: it was altered, or the key "
                    + "is not the one it was sealed with");
        }
    }

    private Keys keys() {
        Keys known = keys;
        if (known == null) {
            Map<String, SecretKeySpec> byId = new LinkedHashMap<>();
            Optional<String> current = currentKey.filter(k -> !k.isBlank()).map(k -> add(byId, k, "BBB_SECRET_KEY"));
            Arrays.stream(retiredKeys.orElse("").split(",")).filter(k -> !k.isBlank())
                    .forEach(k -> add(byId, k, "BBB_SECRET_KEYS_RETIRED"));
            known = new Keys(current, Map.copyOf(byId));
            keys = known;
        }
        return known;
    }

    private static String add(Map<String, SecretKeySpec> byId, String base64, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not base64: make a key with `openssl rand -base64 32`");
        }
        if (key.length != 32) {
            throw new IllegalStateException(setting + " must hold 32 bytes (256 bits) in base64, not " + key.length
                    + ": make one with `openssl rand -base64 32`");
        }
        try {
            String id = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key), 0, 4);
            byId.put(id, new SecretKeySpec(key, "AES"));
            return id;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
