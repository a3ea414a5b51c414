package io.backops.settings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every product setting in one document. {@code classification} maps a risk class (SAFE, UNCERTAIN, RISKY) to where
 * it starts (PENDING, ACCEPTED, REJECTED); {@code emailTemplates} are keyed by event (ACCEPTED, REJECTED, DRAFT,
 * ESCALATED); {@code kra.retryCycle} is Camunda's retry list, e.g. {@code PT1M,PT5M,PT30M,PT2H};
 * {@code fourEyes.rules} name the decisions (ACCEPT, REJECT, DRAFT) that need a second person for applications of
 * the given risk classes, and {@code fourEyes.slaBusinessDays} how long the checker has; {@code retention} how long
 * the data of applications that never made an investor is kept, and the legal holds.
 */
public record ProductSettings(Map<Grant, Boolean> grants, Map<String, String> classification, Reasons reasons,
                              Map<String, EmailTemplate> emailTemplates, Sla sla, Kra kra, FourEyes fourEyes,
                              Retention retention) {

    /**
     * How long the personal data of applications that never made an investor (rejected, or dropped off as a draft)
     * is kept after they ended, and the legal holds that stop its erasure for a PAN or an application. An accepted
     * investor's records are kept for as long as the relationship lasts and five years after (PMLA); Backops is not
     * told when a relationship ends, so it never erases an accepted application.
     */
    public record Retention(Integer notInvestorDays, List<LegalHold> legalHolds) {

        /** The hold that keeps this application, naming it or its PAN, if any. */
        public Optional<LegalHold> holdOn(String applicationId, String pan) {
            return legalHolds.stream().filter(hold -> applicationId.equals(hold.applicationId())
                    || (pan != null && pan.equals(hold.pan()))).findFirst();
        }
    }

    /** Erasure stops for this PAN, or this application, until the hold is taken out of the list. */
    public record LegalHold(String pan, String applicationId, String reason) {
    }

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
                fourEyes != null ? fourEyes : current.fourEyes(), retention != null ? retention : current.retention());
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
