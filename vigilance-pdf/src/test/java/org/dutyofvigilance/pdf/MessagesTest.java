package org.dutyofvigilance.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dutyofvigilance.check.Severity;
import org.dutyofvigilance.graph.PartnerRelation;
import org.dutyofvigilance.model.ActionKind;
import org.dutyofvigilance.model.ActionStatus;
import org.dutyofvigilance.model.AssessmentMethod;
import org.dutyofvigilance.model.ConsultationStage;
import org.dutyofvigilance.model.EmploymentStatus;
import org.dutyofvigilance.model.FreedomOfAssociation;
import org.dutyofvigilance.model.GrievanceAccess;
import org.dutyofvigilance.model.ImpactCategory;
import org.dutyofvigilance.model.IncidentKind;
import org.dutyofvigilance.model.NdaScope;
import org.dutyofvigilance.model.PartnerRole;
import org.dutyofvigilance.model.PayUnit;
import org.dutyofvigilance.model.PsychologicalSupport;
import org.dutyofvigilance.model.RateUnit;
import org.dutyofvigilance.model.ServiceType;
import org.dutyofvigilance.model.SourceKind;
import org.dutyofvigilance.model.StakeholderGroup;
import org.dutyofvigilance.plan.Edition;
import org.dutyofvigilance.plan.PlanValue;
import org.dutyofvigilance.plan.ScopeStatement;
import org.dutyofvigilance.plan.SectionKind;
import org.junit.jupiter.api.Test;

class MessagesTest {
    private static final List<Class<? extends Enum<?>>> LABELLED = List.of(ActionKind.class, ActionStatus.class,
            AssessmentMethod.class, ConsultationStage.class, EmploymentStatus.class, FreedomOfAssociation.class,
            GrievanceAccess.class, ImpactCategory.class, IncidentKind.class, NdaScope.class, PartnerRole.class,
            PayUnit.class, PsychologicalSupport.class, RateUnit.class, ServiceType.class, SourceKind.class,
            StakeholderGroup.class, Severity.class, PartnerRelation.class, Edition.class, ScopeStatement.Verdict.class);

    @Test
    void everyEnumConstantAndSectionHasALabelInEveryLanguage() {
        for (RenderOptions.Language language : RenderOptions.Language.values()) {
            Messages m = new Messages(language);
            List<String> missing = new ArrayList<>();
            for (Class<? extends Enum<?>> type : LABELLED) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    String key = ((PlanValue.Label) PlanValue.label(constant)).key();
                    if (!m.has(key)) {
                        missing.add(key);
                    }
                }
            }
            for (SectionKind kind : SectionKind.values()) {
                if (!m.has("section." + kind.name())) {
                    missing.add("section." + kind.name());
                }
            }
            assertEquals(List.of(), missing, language.name());
        }
    }

    @Test
    void numbersAndDatesFollowTheLocale() {
        Messages en = new Messages(RenderOptions.Language.EN);
        Messages fr = new Messages(RenderOptions.Language.FR);
        assertEquals("200,000", en.money(new BigDecimal("200000")));
        assertEquals("200\u00a0000", fr.money(new BigDecimal("200000")));
        assertEquals("1.50", en.money(new BigDecimal("1.5")));
        assertEquals("1,50", fr.money(new BigDecimal("1.5")));
        assertEquals("31 March 2027", en.date(LocalDate.of(2027, 3, 31)));
        assertEquals("31 mars 2027", fr.date(LocalDate.of(2027, 3, 31)));
        assertTrue(fr.percent(new BigDecimal("0.125")).startsWith("12,5"));
        assertEquals("not disclosed", en.format(PlanValue.NOT_DISCLOSED));
        assertEquals("non communiqué", fr.format(PlanValue.NOT_DISCLOSED));
    }

    @Test
    void apostrophesInFrenchLabelsSurviveArguments() {
        Messages fr = new Messages(RenderOptions.Language.FR);
        assertEquals("au moins 3", fr.format(PlanValue.message("value.atLeast", new PlanValue.Count(3))));
        assertTrue(fr.get("alerts.unreached", "X").contains("sans accès à aucun mécanisme : X"));
    }
}
