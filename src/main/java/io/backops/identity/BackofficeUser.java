package io.backops.identity;

/** A user as other modules see it: never with a password. */
public record BackofficeUser(String username, String name, String email, String employeeCode, String mobile,
                             Role role, String manager, String distributorArn, UserStatus status) {

    /** Who leads this person's team: a reviewer's manager, a manager himself; nobody (null) for the others. */
    public String teamLead() {
        return switch (role) {
            case MANAGER -> username;
            case REVIEWER -> manager;
            default -> null;
        };
    }
}
