package io.backops.review;

/**
 * The process backing class of {@code bpmn/individual-onboarding.bpmn}: its key, element ids and variable names, in
 * one place for delegates, controllers and tests. Variables hold ids and primitives only, never domain objects.
 */
public final class OnboardingProcess {

    public static final String KEY = "individual-onboarding";
    /** The flow of a change to a record the KRA holds; the same element ids and variables as onboarding. */
    public static final String MODIFICATION_KEY = "kyc-modification";
    public static final String REVIEW_FORM = "review-application";
    public static final String APPROVAL_FORM = "approve-decision";
    /** The message a resubmitted draft sends to its waiting flow. */
    public static final String RESUBMITTED_MESSAGE = "ApplicationResubmitted";

    private OnboardingProcess() {
    }

    public static final class Elements {
        public static final String START_SUBMITTED = "start_submitted";
        public static final String XOR_STARTING_BUCKET = "xor_starting_bucket";
        public static final String SERVICE_DECIDE_AUTOMATICALLY = "service_decide_automatically";
        public static final String SERVICE_PREPARE_REVIEW = "service_prepare_review";
        public static final String USER_REVIEW = "user_review";
        public static final String TIMER_REVIEW_SLA = "timer_review_sla";
        public static final String SERVICE_ESCALATE_REVIEW = "service_escalate_review";
        public static final String END_ESCALATED = "end_escalated";
        public static final String EVT_AWAIT_RESUBMISSION = "evt_await_resubmission";
        public static final String MESSAGE_RESUBMITTED = "message_resubmitted";
        public static final String TIMER_DROP_OFF = "timer_drop_off";
        public static final String SERVICE_RECORD_DROP_OFF = "service_record_drop_off";
        public static final String END_DROPPED_OFF = "end_dropped_off";
        public static final String XOR_APPROVAL_NEEDED = "xor_approval_needed";
        public static final String USER_APPROVE_DECISION = "user_approve_decision";
        public static final String TIMER_APPROVAL_SLA = "timer_approval_sla";
        public static final String SERVICE_ESCALATE_APPROVAL = "service_escalate_approval";
        public static final String END_APPROVAL_ESCALATED = "end_approval_escalated";
        public static final String XOR_APPROVED = "xor_approved";
        public static final String XOR_JOIN_DECISION = "xor_join_decision";
        public static final String XOR_DECISION = "xor_decision";
        public static final String SERVICE_PUSH_KRA = "service_push_kra";
        public static final String XOR_KRA_FINAL = "xor_kra_final";
        public static final String TIMER_KRA_POLL = "timer_kra_poll";
        public static final String SERVICE_POLL_KRA = "service_poll_kra";
        public static final String END_KRA_FINAL = "end_kra_final";
        public static final String END_REJECTED = "end_rejected";

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
        /** Set by the decision's listener from the four-eyes rules, never by the person deciding. */
        public static final String APPROVAL_REQUIRED = "approvalRequired";
        /** The maker of a decision waiting for approval, and his reason, for the approval form. */
        public static final String MAKER = "maker";
        public static final String MAKER_REASON = "makerReason";
        /** The checker's answer as he sends it ("true" or "false"), and as the approval's listener records it. */
        public static final String APPROVE = "approve";
        public static final String APPROVED = "approved";
        public static final String KRA_STATUS = "kraStatus";
        public static final String KRA_FINAL = "kraFinal";
        public static final String STARTING_BUCKET = "startingBucket";
        public static final String RISK_CLASS = "riskClass";
        public static final String RISK_RULE = "riskRule";
        /** When the upload landed at the KRA: polling gives up a configured time after it. */
        public static final String KRA_UPLOADED_AT = "kraUploadedAt";
        /** Who re-pushed a failed push, for the attempts it makes; absent for the automatic ones. */
        public static final String PUSH_TRIGGERED_BY = "pushTriggeredBy";
        /** The request whose decision or re-push leads to the KRA calls: their attempts and log lines carry it. */
        public static final String REQUEST_ID = "requestId";

        private Variables() {
        }
    }
}
