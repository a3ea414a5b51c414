package io.backops.review;

import io.backops.application.ApplicationManagement;
import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import io.backops.kra.KraIntegration;
import io.backops.kra.KraSubmissions;
import io.backops.shared.KraStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What needs a person at the integrations, or soon may: pushes the KRA refused (status {@code FAILED}), jobs whose
 * retries ran out (Cockpit incidents), and KRA calls failing right now that the retry cycle is still trying (an
 * outage in progress). Admins see all, managers their team's, others nothing.
 */
@Service
public class IntegrationProblems {

    private final KraSubmissions kra;
    private final IntegrationStatuses statuses;
    private final RuntimeService runtime;
    private final ApplicationManagement applications;
    private final UserManagement users;

    IntegrationProblems(KraSubmissions kra, IntegrationStatuses statuses, RuntimeService runtime,
                        ApplicationManagement applications, UserManagement users) {
        this.kra = kra;
        this.statuses = statuses;
        this.runtime = runtime;
        this.applications = applications;
        this.users = users;
    }

    /** One problem: the application, what went wrong, and since when. */
    public record Problem(String applicationId, String kind, String detail, OffsetDateTime since) {
    }

    @Transactional(readOnly = true)
    public List<Problem> visibleTo(String viewer, int limit) {
        var role = users.find(viewer).map(user -> user.role()).orElse(null);
        if (role != Role.ADMIN && role != Role.MANAGER) {
            return List.of();
        }
        List<Problem> problems = new ArrayList<>();
        for (KraIntegration failed : kra.integrations(null, KraStatus.FAILED, limit)) {
            problems.add(new Problem(failed.applicationId(), "KRA refused", failed.reason(), failed.updatedAt()));
        }
        problems.addAll(incidents(limit));
        for (IntegrationStatus failing : statuses.retrying(limit)) {
            var retry = failing.retry();
            problems.add(new Problem(failing.applicationId(), "KRA not answering (retrying)",
                    (retry.call() == IntegrationStatus.KraCall.PUSH ? "Push" : "Status call") + " failed; "
                            + retry.retriesLeft() + " more tries, the next at " + (retry.nextAttemptAt() == null ? "once due"
                            : retry.nextAttemptAt().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) + ": "
                            + retry.lastError(),
                    failing.updatedAt()));
        }
        if (role == Role.MANAGER) {
            Set<String> inScope = applications.inScope(problems.stream().map(Problem::applicationId).toList(), viewer);
            problems.removeIf(problem -> !inScope.contains(problem.applicationId()));
        }
        problems.sort(Comparator.comparing(Problem::since, Comparator.nullsLast(Comparator.reverseOrder())));
        return problems.size() > limit ? problems.subList(0, limit) : problems;
    }

    private List<Problem> incidents(int limit) {
        List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, limit);
        if (incidents.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = new HashSet<>();
        incidents.forEach(incident -> instanceIds.add(incident.getProcessInstanceId()));
        Map<String, String> applicationOf = runtime.createProcessInstanceQuery()
                .processInstanceIds(instanceIds).list().stream()
                .filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return incidents.stream()
                .filter(incident -> applicationOf.containsKey(incident.getProcessInstanceId()))
                .map(incident -> new Problem(applicationOf.get(incident.getProcessInstanceId()),
                        "Retries ran out (incident)", incident.getIncidentMessage(),
                        incident.getIncidentTimestamp().toInstant().atOffset(ZoneOffset.UTC)))
                .toList();
    }
}
