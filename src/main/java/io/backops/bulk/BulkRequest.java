package io.backops.bulk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code to} is the new assignee of a REASSIGN, {@code text} the note of an ADD_NOTE. */
public record BulkRequest(@NotNull BulkAction action,
                          @NotEmpty @Size(max = BulkRequest.MAX_IDS) List<@NotBlank @Size(max = 20) String> ids,
                          @Size(max = 64) String to,
                          @Size(max = 4000) String text) {

    public static final int MAX_IDS = 500;
}
