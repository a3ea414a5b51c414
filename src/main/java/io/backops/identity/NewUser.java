package io.backops.identity;

/** What it takes to create a user; the caller brings the initial password. */
public record NewUser(String username, String name, String email, String employeeCode, String mobile, Role role,
                      String manager, String distributorArn) {
}
