package io.backops.identity;

/** A user as other modules see it: never with a password. */
public record BackofficeUser(String username, String name, String email, String employeeCode, String mobile,
                             Role role, String manager, String distributorArn, UserStatus status) {
}
