package org.dutyofvigilance.plan;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The assembled, language-neutral content of an annual vigilance plan: a cover, the sections whose content
 * exists (in {@link SectionKind} order) and the machine-readable files to attach.
 *
 * <p>Made by {@link PlanAssembler}; drawn by a renderer such as {@code org.dutyofvigilance.pdf.PdfRenderer},
 * which decides nothing about the content. Immutable.
 *
 * @param cover       the cover page facts
 * @param sections    the sections, in order; a section without content is absent, never empty
 * @param attachments the files to embed (input chain JSON, findings JSON)
 */
public record VigilancePlan(Cover cover, List<Section> sections, List<Attachment> attachments) {
    public VigilancePlan {
        Objects.requireNonNull(cover, "cover");
        sections = List.copyOf(sections);
        attachments = List.copyOf(attachments);
        SectionKind last = null;
        for (Section s : sections) {
            if (last != null && s.kind().ordinal() <= last.ordinal()) {
                throw new IllegalArgumentException("sections out of order or repeated: " + s.kind());
            }
            last = s.kind();
        }
    }

    /** The edition the plan was assembled for. */
    public Edition edition() {
        return cover.edition();
    }

    /** The section of this kind, if the plan has one. */
    public Optional<Section> section(SectionKind kind) {
        return sections.stream().filter(s -> s.kind() == kind).findFirst();
    }
}
