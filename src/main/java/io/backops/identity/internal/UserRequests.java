package io.backops.identity.internal;

import io.backops.identity.Role;
import io.backops.identity.UserStatus;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The bodies of the user endpoints (docs/api.md), with the rules a single field can check. */
public final class UserRequests {

    /** Lowercase letters and digits: also what Camunda accepts as a user id. */
    static final String USERNAME = "^[a-z][a-z0-9]{2,31}$";

    private UserRequests() {
    }

    public record NewUser(
            @NotBlank @Pattern(regexp = USERNAME, message = "must be 3 to 32 lowercase letters or digits, starting with a letter") String username,
            @NotBlank @Size(max = 100) String name,
            @NotBlank @Email @Size(max = 254) String email,
            @Size(max = 32) String employeeCode,
            @Pattern(regexp = "^[0-9]{10}$", message = "must be 10 digits") String mobile,
            @NotNull Role role,
            String manager,
            @Pattern(regexp = "^ARN-[0-9]{1,8}$", message = "must be 'ARN-' followed by digits") String distributor) {
    }

    /** Only the fields present change. */
    public record UserPatch(
            UserStatus status,
            @Size(min = 1, max = 100) String name,
            @Email @Size(max = 254) String email,
            @Size(max = 32) String employeeCode,
            @Pattern(regexp = "^[0-9]{10}$", message = "must be 10 digits") String mobile,
            String manager,
            Role role) {

        boolean changesMoreThanStatus() {
            return name != null || email != null || employeeCode != null || mobile != null || manager != null
                    || role != null;
        }
    }

    public record Reassign(String to) {
    }

    public record PasswordChange(@NotBlank String currentPassword, @NotBlank String newPassword) {
        @Override
        public String toString() {
            return "PasswordChange[****]";
        }
    }
}
