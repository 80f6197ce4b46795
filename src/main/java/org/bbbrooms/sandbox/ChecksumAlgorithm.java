package org.bbbrooms.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The digests that bbb-web accepts for API checksums; the server tells them apart by the length of the hex checksum.
 *
 * <p>Why: the sandbox must refuse exactly what a BBB server configured with {@code supportedChecksumAlgorithms}
 * refuses, so that a client using SHA-384 against a Scalelite-like set fails in tests, not in production.
 * <pre>{@code
 * ChecksumAlgorithm.byName("sha256").hex("create" + query + secret);
 * }</pre>
 */
public enum ChecksumAlgorithm {
    SHA1("sha1", "SHA-1", 40),
    SHA256("sha256", "SHA-256", 64),
    SHA384("sha384", "SHA-384", 96),
    SHA512("sha512", "SHA-512", 128);

    private final String configName;
    private final String jcaName;
    private final int hexLength;

    ChecksumAlgorithm(String configName, String jcaName, int hexLength) {
        this.configName = configName;
        this.jcaName = jcaName;
        this.hexLength = hexLength;
    }

    /** The name used in configuration, as in bbb-web's {@code supportedChecksumAlgorithms}: {@code sha256}. */
    public String configName() {
        return configName;
    }

    /**
     * The algorithm named in configuration, case-insensitively.
     *
     * @throws IllegalArgumentException naming the valid choices
     */
    public static ChecksumAlgorithm byName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.configName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown checksum algorithm '" + name.trim()
                        + "': use a comma list of sha1, sha256, sha384, sha512"));
    }

    /** The algorithm a checksum of this many hex digits was made with, as bbb-web infers it. */
    static Optional<ChecksumAlgorithm> byHexLength(int length) {
        return Arrays.stream(values()).filter(a -> a.hexLength == length).findFirst();
    }

    /** Lowercase hex digest of the UTF-8 bytes of {@code data}. */
    String hex(String data) {
        try {
            byte[] digest = MessageDigest.getInstance(jcaName).digest(data.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jcaName + " is missing from this JDK", e);
        }
    }

    /**
     * Whether {@code checksum} signs {@code call + query + secret} with one of the accepted algorithms. Like bbb-web,
     * the comparison is on lowercase hex; it runs in constant time.
     */
    static boolean verifies(Predicate<ChecksumAlgorithm> accepted, String call, String query, String checksum,
            String secret) {
        return byHexLength(checksum.length()).filter(accepted)
                .map(a -> MessageDigest.isEqual(a.hex(call + query + secret).getBytes(StandardCharsets.US_ASCII),
                        checksum.getBytes(StandardCharsets.UTF_8)))
                .orElse(false);
    }
}
