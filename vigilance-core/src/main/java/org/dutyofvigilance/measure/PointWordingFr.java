package org.dutyofvigilance.measure;

import java.util.Map;

/**
 * The French wording of the Fairwork Cloudwork points and the Partnership on AI guidelines: titles, statuses
 * and the reasons the engine gives in English. A reason this class does not know gives {@code null}, and the
 * indicator then keeps its English statement only (the plan falls back to it) rather than a half-translated
 * sentence.
 */
final class PointWordingFr {
    private PointWordingFr() {
    }

    /** Fairwork Cloudwork principles 1.1 to 5.2, in the engine's order. */
    static final String[] FAIRWORK_TITLES = {"Rémunération à temps et pour tout le travail accompli",
        "Au moins le salaire minimum local, frais déduits", "Précarité et surcharge de travail atténuées",
        "Risques pour la santé et la sécurité atténués", "Conditions générales claires",
        "Contrats conformes aux conditions d’engagement", "Procédure équitable pour les décisions touchant les"
                + " travailleurs", "Équité dans la gestion", "Accès à la représentation et liberté d’association",
        "Gouvernance collective ou négociation"};

    /** Partnership on AI guidelines 1 to 5. */
    static final String[] PAI_TITLES = {"Rémunérer les travailleurs au-dessus du salaire vital local",
        "Concevoir et conduire un pilote", "Identifier les travailleurs adaptés à la tâche",
        "Fournir des instructions ou une formation vérifiées",
        "Établir des canaux de communication clairs et réguliers avec les travailleurs"};

    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("workers are paid on time and for all completed work",
                    "les travailleurs sont payés à temps et pour tout le travail accompli"),
            Map.entry("a workforce segment is paid below the minimum wage",
                    "un segment de main-d’œuvre est payé sous le salaire minimum"),
            Map.entry("piece rates without a task-time estimate shown before the worker accepts",
                    "rémunération à la tâche sans estimation du temps de la tâche montrée avant acceptation"),
            Map.entry("no workforce with pay is disclosed at this entity",
                    "aucune main-d’œuvre dont la rémunération est communiquée dans cette entité"),
            Map.entry("the minimum-wage gap of a segment is unknown",
                    "l’écart au salaire minimum d’un segment est inconnu"),
            Map.entry("whether workers pay fees is not disclosed, so pay after costs is unknown",
                    "il n’est pas communiqué si les travailleurs paient des frais : la rémunération nette de frais"
                            + " est inconnue"),
            Map.entry("workers pay fees whose amount is not recorded, so pay after costs is unknown",
                    "les travailleurs paient des frais dont le montant n’est pas indiqué : la rémunération nette de"
                            + " frais est inconnue"),
            Map.entry("whether a task-time estimate is shown before accepting is not disclosed",
                    "il n’est pas communiqué si une estimation du temps de la tâche est montrée avant acceptation"),
            Map.entry("every segment earns at least the minimum wage, with no fees",
                    "chaque segment gagne au moins le salaire minimum, sans frais"),
            Map.entry("a segment works beyond the weekly limit", "un segment travaille au-delà de la limite hebdomadaire"),
            Map.entry("weekly hours are not disclosed for every segment",
                    "la durée hebdomadaire n’est pas communiquée pour chaque segment"),
            Map.entry("every segment works within the weekly limit (proxy for overwork)",
                    "chaque segment travaille dans la limite hebdomadaire (indicateur indirect de surcharge)"),
            Map.entry("no policy identifies and addresses job risks",
                    "aucune politique n’identifie ni ne traite les risques du poste"),
            Map.entry("workers exposed to harmful content beyond the limit or without adequate psychological support",
                    "des travailleurs exposés à des contenus préjudiciables au-delà de la limite ou sans soutien"
                            + " psychologique adéquat"),
            Map.entry("the health and safety policy or the exposure of workers is not disclosed",
                    "la politique de santé et de sécurité ou l’exposition des travailleurs n’est pas communiquée"),
            Map.entry("a policy addresses job risks, psychological ones included",
                    "une politique traite les risques du poste, y compris psychologiques"),
            Map.entry("terms and conditions are clear and accessible",
                    "les conditions générales sont claires et accessibles"),
            Map.entry("the model records no fact on the consistency of contracts with the terms of engagement",
                    "le modèle ne contient aucun fait sur la conformité des contrats aux conditions d’engagement"),
            Map.entry("workers can appeal decisions such as deactivation",
                    "les travailleurs peuvent contester des décisions telles qu’une désactivation"),
            Map.entry("workers doing the same task are paid differently",
                    "des travailleurs effectuant la même tâche sont payés différemment"),
            Map.entry("automated decisions are not reviewed by a human",
                    "les décisions automatisées ne sont pas revues par un humain"),
            Map.entry("the model records no anti-discrimination policy",
                    "le modèle ne contient aucune politique de non-discrimination"),
            Map.entry("representation is not recognised or organising met retaliation",
                    "la représentation n’est pas reconnue ou l’organisation collective a subi des représailles"),
            Map.entry("workers have access to representation", "les travailleurs ont accès à une représentation"),
            Map.entry("access to representation is not disclosed", "l’accès à une représentation n’est pas communiqué"),
            Map.entry("a collective body of workers is recognised", "une instance collective des travailleurs est reconnue"),
            Map.entry("a segment is paid below the local living wage", "un segment est payé sous le salaire vital local"),
            Map.entry("the living-wage gap of a segment is unknown", "l’écart au salaire vital d’un segment est inconnu"),
            Map.entry("every segment is paid at least the local living wage",
                    "chaque segment est payé au moins le salaire vital local"),
            Map.entry("the model records no pilot of the task", "le modèle ne contient aucun pilote de la tâche"),
            Map.entry("a worker is under the minimum age for the task",
                    "un travailleur n’a pas l’âge minimum requis pour la tâche"),
            Map.entry("the model records no worker-selection process",
                    "le modèle ne contient aucun processus de sélection des travailleurs"),
            Map.entry("the model records no verified instructions or training",
                    "le modèle ne contient aucune instruction ni formation vérifiée"),
            Map.entry("a segment of non-employees can only reach a channel reserved to employees",
                    "un segment de non-salariés n’a accès qu’à un canal réservé aux salariés"),
            Map.entry("every segment can reach a channel open to workers",
                    "chaque segment a accès à un canal ouvert aux travailleurs"),
            Map.entry("the channels open to workers are not disclosed",
                    "les canaux ouverts aux travailleurs ne sont pas communiqués"));

    private static final String NOT_SO = "the facts say it is not so that ";
    private static final String WHETHER = "whether ";
    private static final String NOT_DISCLOSED = " is not disclosed";
    private static final String REQUIRES = "; in any case the point requires ";
    private static final String NOT_EVIDENCED_TAIL = ", which is not evidenced";
    private static final String BUT = ", but ";
    private static final String NOT_ASSESSED_TAIL = " (required first) is not assessed";
    private static final String INCIDENT = "incident ";
    private static final String PAY_WITHHELD = " shows pay withheld or delayed";
    private static final String ABRUPT_EXIT = " shows an abrupt exit";

    /** The status as the French plan words it. */
    static String status(IndicatorStatus status) {
        return switch (status) {
            case MET -> "atteint";
            case NOT_EVIDENCED -> "non étayé";
            case NOT_ASSESSED -> "non évalué";
            default -> null;
        };
    }

    /** The French of a reason the engine gave in English; null when it has no French wording. */
    static String reason(String en) {
        String exact = REASONS.get(en);
        if (exact != null) {
            return exact;
        }
        int cut = en.lastIndexOf(REQUIRES);
        if (cut > 0 && en.endsWith(NOT_EVIDENCED_TAIL)) {
            String first = reason(en.substring(0, cut));
            String number = en.substring(cut + REQUIRES.length(), en.length() - NOT_EVIDENCED_TAIL.length());
            return first == null ? null
                    : first + " ; en tout état de cause, ce point suppose le " + number + ", qui n’est pas étayé";
        }
        cut = en.lastIndexOf(BUT);
        if (cut > 0 && en.endsWith(NOT_ASSESSED_TAIL)) {
            String first = reason(en.substring(0, cut));
            String number = en.substring(cut + BUT.length(), en.length() - NOT_ASSESSED_TAIL.length());
            return first == null ? null : first + ", mais le " + number + " (requis d’abord) n’est pas évalué";
        }
        if (en.startsWith(NOT_SO)) {
            String what = REASONS.get(en.substring(NOT_SO.length()));
            return what == null ? null : "selon les faits, il n’est pas vrai que " + what;
        }
        if (en.startsWith(WHETHER) && en.endsWith(NOT_DISCLOSED)) {
            String what = REASONS.get(en.substring(WHETHER.length(), en.length() - NOT_DISCLOSED.length()));
            return what == null ? null : "il n’est pas communiqué si " + what;
        }
        if (en.startsWith(INCIDENT) && en.endsWith(PAY_WITHHELD)) {
            return "l’incident " + en.substring(INCIDENT.length(), en.length() - PAY_WITHHELD.length())
                    + " montre une rémunération retenue ou retardée";
        }
        if (en.startsWith(INCIDENT) && en.endsWith(ABRUPT_EXIT)) {
            return "l’incident " + en.substring(INCIDENT.length(), en.length() - ABRUPT_EXIT.length())
                    + " montre une sortie brutale";
        }
        return null;
    }

    /** "Fairwork Cloudwork 1.1 (…) pour X : atteint — …." or null when a part has no French wording. */
    static String statement(String label, String title, String entity, IndicatorStatus status, String reason) {
        String s = status(status);
        String r = reason(reason);
        return s == null || r == null ? null : label + " (" + title + ") pour " + entity + " : " + s + " — " + r + ".";
    }
}
