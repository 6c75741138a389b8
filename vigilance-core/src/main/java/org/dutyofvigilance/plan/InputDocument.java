package org.dutyofvigilance.plan;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The input file a plan is made from: its name, bytes and SHA-256, which the cover prints and the PDF uses
 * to derive its document id.
 *
 * <p>Create one with {@link #of(String, byte[])} from the bytes the chain was read from.
 *
 * @param fileName name of the file, e.g. {@code chain.json}
 * @param content  its bytes (copied in and out)
 * @param sha256   lower-case hexadecimal SHA-256 of the bytes
 */
public record InputDocument(String fileName, byte[] content, String sha256) {
    public InputDocument {
        Objects.requireNonNull(fileName, "fileName");
        content = content.clone();
        if (!sha256(content).equals(sha256)) {
            throw new IllegalArgumentException("sha256 does not match the content");
        }
    }

    /** The input file with its checksum computed. */
    public static InputDocument of(String fileName, byte[] content) {
        return new InputDocument(fileName, content, sha256(content));
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof InputDocument d && fileName.equals(d.fileName) && sha256.equals(d.sha256);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, sha256);
    }

    @Override
    public String toString() {
        return "InputDocument[" + fileName + ", sha256=" + sha256 + "]";
    }

    /** Lower-case hexadecimal SHA-256 of the bytes. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java platform", e);
        }
    }
}
