package org.dutyofvigilance.measure;

/** References of the standards the indicators use; also listed in {@code docs/indicators.md}. */
final class Sources {
    static final String CASILLI_COEFFICIENT = "Proposal of a fixed highest-to-lowest pay coefficient along the chain"
            + " (A. Casilli, DiPLab, 2025 interview)";
    static final String TIME_SAMA_OPENAI = "https://time.com/6247678/openai-chatgpt-kenya-workers/";
    static final String PAI_GUIDELINES = "https://partnershiponai.org/responsible-sourcing-library/";
    static final String PAI_GUIDELINES_2_5 = "https://oecd.ai/en/catalogue/tools/responsible-data-enrichment-sourcing-resource-library-for-ai-practitioners/tool-use-cases/implementing-responsible-data-enrichment-practices-at-an-ai-developer-the-example-of-deepmind";
    static final String FAIRWORK_CLOUDWORK = "https://fair.work/en/principles/cw01";
    static final String FAIRWORK_2024_UPDATE = "https://fair.work/en/fw/blog/fairwork-updates-its-cloudwork-principles";
    static final String FAIRWORK_EVIDENCE_RULE = "https://fair.work/en/ratings/platforms/cloudwork-terawork/?y=2023";
    static final String IWF = "https://iwf.org.uk/annual-data-insights-report-2024/eliminating-online-child-sexual-abuse/how-we-protect-our-people";
    static final String FB_SETTLEMENT = "https://contentmoderatorsettlement.com/Home/Faq";
    static final String MODERATION_ALLIANCE = "https://uniglobalunion.org/news/moderation-alliance";
    static final String ISO_45003 = "ISO 45003:2021 Psychological health and safety at work";
    static final String ILO_C001 = "ILO Hours of Work (Industry) Convention, 1919 (No. 1): 48 hours a week";
    static final String ILO_C087 = "ILO Freedom of Association and Protection of the Right to Organise Convention, 1948 (No. 87)";
    static final String ILO_C100 = "ILO Equal Remuneration Convention, 1951 (No. 100); ILO Discrimination Convention, 1958 (No. 111)";
    static final String ILO_C138 = "ILO Minimum Age Convention, 1973 (No. 138)";
    static final String ILO_C182 = "ILO Worst Forms of Child Labour Convention, 1999 (No. 182)";
    static final String CSDDD_ANNEX_I = "Directive (EU) 2024/1760 (CSDDD), Annex I Part I";
    static final String CSDDD_ART_9 = "Directive (EU) 2024/1760 (CSDDD), Art 9";
    static final String PWD = "Directive (EU) 2024/2831 (Platform Work Directive), Arts 8-11";
    static final String DIPLAB_DEEPSEEK = "https://www.mail-archive.com/nexa@server-nexa.polito.it/msg06683.html";
    static final String SEED_INVESTIGATION = "Les sacrifiés de l'IA (documentary, 2025); A. Casilli, DiPLab (2025 interview)";
    static final String CSRD_ESRS_E1 = "ESRS E1 (climate), E3 (water), CSDDD Annex I Part II";

    private Sources() {
    }
}
