package org.bbbrooms.bbb;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The digest that signs API calls. bbb-web picks the algorithm from the checksum's length and accepts only
 * those in its {@code supportedChecksumAlgorithms}; SHA-256 is the default here because every BBB since 2.0
 * and Scalelite accept it (Scalelite refuses SHA-384).
 * <pre>{@code ChecksumAlgorithm algorithm = ChecksumAlgorithm.parse(settings.checksumAlgorithm());}</pre>
 */
public enum ChecksumAlgorithm {
    SHA1("SHA-1"),
    SHA256("SHA-256"),
    SHA384("SHA-384"),
    SHA512("SHA-512");

    /** The algorithm to use when the settings name none. */
    public static final ChecksumAlgorithm DEFAULT = SHA256;

    private final String jdkName;

    ChecksumAlgorithm(String jdkName) {
        this.jdkName = jdkName;
    }

    /**
     * Reads a name such as {@code sha256}, {@code SHA-256} or {@code SHA256}, in any case.
     *
     * @throws IllegalArgumentException naming the accepted values when the name is none of them
     */
    public static ChecksumAlgorithm parse(String name) {
        String key = name == null ? "" : name.strip().replace("-", "").toUpperCase(Locale.ROOT);
        for (ChecksumAlgorithm algorithm : values()) {
            if (algorithm.name().equals(key)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("Unknown checksum algorithm '" + name
                + "': use one of SHA1, SHA256, SHA384, SHA512 (SHA256 works with every BBB 2.x and Scalelite)");
    }

    /** Hex checksum of {@code call + query + secret}, where {@code query} is exactly the query string sent. */
    public String checksum(String call, String query, Secret secret) {
        byte[] input = (call + query + secret.value()).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(digest().digest(input));
    }

    /** Length of the hex checksum, by which bbb-web recognises the algorithm (40, 64, 96 or 128). */
    public int hexLength() {
        return digest().getDigestLength() * 2;
    }

    private MessageDigest digest() {
        try {
            return MessageDigest.getInstance(jdkName);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK lacks " + jdkName, e);
        }
    }
}
