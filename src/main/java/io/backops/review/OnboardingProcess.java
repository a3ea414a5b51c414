package io.backops.review;

/**
 * The process backing class of {@code bpmn/individual-onboarding.bpmn}: its key, element ids and variable names, in
 * one place for delegates, controllers and tests. Variables hold ids and primitives only, never domain objects.
 */
public final class OnboardingProcess {

    public static final String KEY = "individual-onboarding";
    public static final String REVIEW_FORM = "review-application";

    private OnboardingProcess() {
    }

    public static final class Elements {
        public static final String START_SUBMITTED = "start_submitted";
        public static final String USER_REVIEW = "user_review";
        public static final String XOR_DECISION = "xor_decision";
        public static final String SERVICE_PUSH_KRA = "service_push_kra";
        public static final String XOR_KRA_FINAL = "xor_kra_final";
        public static final String TIMER_KRA_POLL = "timer_kra_poll";
        public static final String SERVICE_POLL_KRA = "service_poll_kra";
        public static final String END_KRA_FINAL = "end_kra_final";
        public static final String END_REJECTED = "end_rejected";
        public static final String END_DRAFTED = "end_drafted";

        private Elements() {
        }
    }

    public static final class Variables {
        public static final String APPLICATION_ID = "applicationId";
        public static final String ASSIGNEE = "assignee";
        public static final String APPLICANT_NAME = "applicantName";
        public static final String MASKED_PAN = "maskedPan";
        public static final String DISTRIBUTOR = "distributor";
        public static final String DOCUMENT_COUNT = "documentCount";
        public static final String DECISION = "decision";
        public static final String REASON = "reason";
        public static final String KRA_STATUS = "kraStatus";
        public static final String KRA_FINAL = "kraFinal";

        private Variables() {
        }
    }
}
