package io.backops.bulk;

import io.backops.application.ApplicationManagement;
import io.backops.bulk.internal.BulkRuns;
import io.backops.identity.Audited;
import io.backops.identity.Role;
import io.backops.identity.SecurityEvent;
import io.backops.identity.UserManagement;
import io.backops.review.KraRepush;
import io.backops.review.Reviews;
import io.backops.shared.ConflictException;
import io.backops.shared.NotFoundException;
import io.backops.shared.ValidationException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one single action per application, each in a transaction of its own through the service the single
 * endpoint calls, so scope, grants and rules are exactly the single call's, and one refusal stops nothing else.
 * With an idempotency key, a repeated request (a double click, a retry after a lost answer) gets the stored answer
 * and does nothing again.
 */
@Service
public class BulkActions {

    private static final Logger log = LoggerFactory.getLogger(BulkActions.class);

    private final Reviews reviews;
    private final KraRepush repush;
    private final ApplicationManagement applications;
    private final UserManagement users;
    private final BulkRuns runs;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;

    BulkActions(Reviews reviews, KraRepush repush, ApplicationManagement applications, UserManagement users,
                BulkRuns runs, TransactionTemplate transactions, ApplicationEventPublisher events) {
        this.reviews = reviews;
        this.repush = repush;
        this.applications = applications;
        this.users = users;
        this.runs = runs;
        this.transactions = transactions;
        this.events = events;
    }

    public BulkResult run(BulkRequest request, String idempotencyKey, String actor) {
        var role = users.find(actor).map(user -> user.role()).orElse(null);
        if (role != Role.ADMIN && role != Role.MANAGER) {
            throw new AccessDeniedException("Only admins and managers run bulk actions");
        }
        check(request);
        String bulkId = UUID.randomUUID().toString();
        if (idempotencyKey != null) {
            var earlier = runs.claim(bulkId, actor, idempotencyKey, request.action());
            if (earlier.isPresent()) {
                return earlier.get().orElseThrow(() -> new ConflictException(
                        "A bulk action with this idempotency key is still running")).asReplayed();
            }
        }
        List<String> ids = List.copyOf(new LinkedHashSet<>(request.ids()));
        List<BulkResult.Item> items = new ArrayList<>(ids.size());
        String detail = "bulk " + request.action() + (request.to() == null ? "" : " to " + request.to()) + " of "
                + ids.size() + " applications (" + bulkId + ")";
        for (String id : ids) {
            items.add(runOne(request, id, actor, detail));
        }
        int done = (int) items.stream().filter(item -> "DONE".equals(item.outcome())).count();
        var result = new BulkResult(bulkId, request.action(), actor, OffsetDateTime.now(), done, items.size() - done,
                items, false);
        transactions.executeWithoutResult(status -> {
            runs.save(result, idempotencyKey);
            events.publishEvent(new Audited(actor, SecurityEvent.BULK_ACTION, "bulk " + bulkId, detail + ": "
                    + done + " done, " + result.refused() + " refused"));
        });
        return result;
    }

    /** A stored bulk answer, for the admins and for the person who ran it. */
    public Optional<BulkResult> find(String bulkId, String viewer) {
        var role = users.find(viewer).map(user -> user.role()).orElse(null);
        return runs.find(bulkId).filter(result -> role == Role.ADMIN || result.actor().equals(viewer));
    }

    private static void check(BulkRequest request) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (request.action() == BulkAction.REASSIGN && (request.to() == null || request.to().isBlank())) {
            errors.put("to", "is required to reassign");
        }
        if (request.action() == BulkAction.ADD_NOTE && (request.text() == null || request.text().isBlank())) {
            errors.put("text", "is required to add a note");
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private BulkResult.Item runOne(BulkRequest request, String id, String actor, String detail) {
        try {
            transactions.executeWithoutResult(status -> {
                switch (request.action()) {
                    case REASSIGN -> reviews.reassign(id, request.to(), actor);
                    case REPUSH -> repush.repush(id, actor);
                    case ADD_NOTE -> applications.addNote(id, actor, request.text());
                }
                applications.recordBulkAction(id, actor, detail);
            });
            return BulkResult.Item.done(id);
        } catch (NotFoundException e) {
            return refused(id, HttpStatus.NOT_FOUND, e.getMessage(), Map.of());
        } catch (ConflictException e) {
            return refused(id, HttpStatus.CONFLICT, e.getMessage(), Map.of());
        } catch (AccessDeniedException e) {
            return refused(id, HttpStatus.FORBIDDEN, e.getMessage(), Map.of());
        } catch (ValidationException e) {
            return refused(id, HttpStatus.UNPROCESSABLE_ENTITY,
                    "Invalid fields: " + String.join(", ", e.fieldErrors().keySet()), e.fieldErrors());
        } catch (RuntimeException e) {
            String reference = UUID.randomUUID().toString();
            log.error("Bulk {} of {} failed unexpectedly, reference {}", request.action(), id, reference, e);
            return refused(id, HttpStatus.INTERNAL_SERVER_ERROR,
                    "Something went wrong on our side; quote reference " + reference + " to your IT admin", Map.of());
        }
    }

    /** The problem the single call would answer (see ApiErrors): title, status, detail and, for 422, errors. */
    private static BulkResult.Item refused(String id, HttpStatus status, String detail, Map<String, String> fields) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        if (!fields.isEmpty()) {
            problem.put("errors", new java.util.TreeMap<>(fields).entrySet().stream()
                    .map(entry -> Map.of("field", entry.getKey(), "message", entry.getValue())).toList());
        }
        return BulkResult.Item.refused(id, status.value(), problem);
    }
}
