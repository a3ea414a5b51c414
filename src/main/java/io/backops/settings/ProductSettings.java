package io.backops.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every product setting in one document. {@code classification} maps a risk class (SAFE, UNCERTAIN, RISKY) to where
 * it starts (PENDING, ACCEPTED, REJECTED); {@code emailTemplates} are keyed by event (ACCEPTED, REJECTED, DRAFT,
 * ESCALATED); {@code kra.retryCycle} is Camunda's retry list, e.g. {@code PT1M,PT5M,PT30M,PT2H};
 * {@code fourEyes.rules} name the decisions (ACCEPT, REJECT, DRAFT) that need a second person for applications of
 * the given risk classes, and {@code fourEyes.slaBusinessDays} how long the checker has.
 */
public record ProductSettings(Map<Grant, Boolean> grants, Map<String, String> classification, Reasons reasons,
                              Map<String, EmailTemplate> emailTemplates, Sla sla, Kra kra, FourEyes fourEyes) {

    public record FourEyes(List<FourEyesRule> rules, Integer slaBusinessDays) {
    }

    public record FourEyesRule(String decision, List<String> riskClasses) {
    }

    /**
     * Sections a document leaves out keep the values they have: a document saved before a section existed, or a
     * client that does not know it yet, changes nothing there.
     */
    public ProductSettings withMissingSectionsFrom(ProductSettings current) {
        return new ProductSettings(grants, classification, reasons, emailTemplates, sla, kra,
                fourEyes != null ? fourEyes : current.fourEyes());
    }

    public record Reasons(List<String> reject, List<String> draft) {
    }

    public record EmailTemplate(String subject, String header, String body, String footer) {
    }

    public record Sla(Integer businessDays, List<LocalDate> holidays) {
    }

    public record Kra(List<String> priority, String retryCycle) {
    }

    /** Whether a part of the review screen or a feature is on; anything not mentioned is. */
    public boolean granted(Grant grant) {
        return grants == null || grants.getOrDefault(grant, Boolean.TRUE);
    }
}
