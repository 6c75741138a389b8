package org.dutyofvigilance.plan;

import java.util.Arrays;
import java.util.Objects;

/**
 * A machine-readable file the PDF carries as a PDF/A-3 associated file: the chain JSON it was built from
 * (redacted in the public edition) and the findings JSON.
 *
 * <p>Built by the assembler; the renderer embeds each one with its relationship and MIME type.
 *
 * @param fileName     name of the embedded file, e.g. {@code chain.json}
 * @param mimeType     MIME type, e.g. {@code application/json}
 * @param relationship how the file relates to the document
 * @param descriptionKey message key of its description
 * @param content      the bytes (copied in and out)
 */
public record Attachment(String fileName, String mimeType, Relationship relationship, String descriptionKey,
        byte[] content) {
    public Attachment {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(mimeType, "mimeType");
        Objects.requireNonNull(relationship, "relationship");
        Objects.requireNonNull(descriptionKey, "descriptionKey");
        content = content.clone();
    }

    @Override
    public byte[] content() {
        return content.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Attachment a && fileName.equals(a.fileName) && mimeType.equals(a.mimeType)
                && relationship == a.relationship && descriptionKey.equals(a.descriptionKey)
                && Arrays.equals(content, a.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, mimeType, relationship, descriptionKey, Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "Attachment[" + fileName + ", " + mimeType + ", " + relationship + ", " + content.length + " bytes]";
    }

    /** The PDF/A-3 AFRelationship of an associated file. */
    public enum Relationship {
        /** The source the document was made from (the chain JSON). */
        SOURCE,
        /** Data derived from or shown in the document (the findings). */
        DATA
    }
}
