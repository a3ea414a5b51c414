package io.backops.identity;

/** What the security audit records (sign-ins, every change of role, team or status, and settings). */
public enum SecurityEvent {
    SIGN_IN_SUCCEEDED, SIGN_IN_FAILED, ACCOUNT_LOCKED, ACCOUNT_UNLOCKED, SIGNED_OUT,
    USER_CREATED, USER_UPDATED, ROLE_CHANGED, TEAM_CHANGED, STATUS_CHANGED, PASSWORD_CHANGED, WORK_REASSIGNED,
    SETTINGS_CHANGED, FLOW_CHANGED,
    TWO_FACTOR_ENROLLED, TWO_FACTOR_RESET, RECOVERY_CODE_USED,
    BULK_ACTION
}
