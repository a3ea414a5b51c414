package io.backops.identity.internal;

import io.backops.identity.Role;
import io.backops.shared.PageBounds;
import io.backops.shared.ValidationException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the security audit: IT admins only. */
@Service
public class SecurityAuditQueries {

    private static final int MAX_SIZE = 500;

    private final SecurityAudit audit;
    private final BackofficeUsers users;

    SecurityAuditQueries(SecurityAudit audit, BackofficeUsers users) {
        this.audit = audit;
        this.users = users;
    }

    @Transactional(readOnly = true)
    public AuditPage find(String actor, String user, OffsetDateTime from, OffsetDateTime to, int page, int size) {
        boolean admin = users.find(actor).filter(u -> u.role() == Role.ADMIN).isPresent();
        if (!admin) {
            throw new AccessDeniedException("Only IT admins read the security audit");
        }
        Map<String, String> errors = new LinkedHashMap<>();
        if (from != null && to != null && !from.isBefore(to)) {
            errors.put("to", "must be after from");
        }
        PageBounds.check(page, size, MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return new AuditPage(audit.find(user, from, to, page * size, size), page, size);
    }

    public record AuditPage(List<SecurityAudit.Entry> items, int page, int size) {
    }
}
