package io.backops.distribution.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** The bodies of the distributor endpoints; what annotations cannot check, DistributorAdministration does. */
public final class DistributorRequests {

    private DistributorRequests() {
    }

    public record Create(@NotBlank @Pattern(regexp = "^ARN-[0-9]{1,8}$", message = "must be ARN- followed by up to 8 digits") String arn,
                         @NotBlank @Size(max = 200) String name,
                         @Size(max = 100) List<@Pattern(regexp = "^E[0-9]{6}$", message = "must be E followed by 6 digits") String> euins,
                         @Size(max = 100) List<@NotBlank @Size(max = 200) String> amcs,
                         Boolean enabled,
                         Map<String, @NotBlank @Size(max = 500) String> callbacks,
                         @Size(max = 100) String flowKey,
                         @Positive Integer flowVersion) {
    }

    /** Only what is present changes; {@code flowKey} "" goes back to the default flow. */
    public record Patch(@Size(max = 200) String name,
                        @Size(max = 100) List<@Pattern(regexp = "^E[0-9]{6}$", message = "must be E followed by 6 digits") String> euins,
                        @Size(max = 100) List<@NotBlank @Size(max = 200) String> amcs,
                        Boolean enabled,
                        Map<String, @NotBlank @Size(max = 500) String> callbacks,
                        @Size(max = 100) String flowKey,
                        @Positive Integer flowVersion) {
    }
}
