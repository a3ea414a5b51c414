package io.backops.review;

import static io.backops.review.OnboardingProcess.Elements.SERVICE_POLL_KRA;
import static io.backops.review.OnboardingProcess.Elements.SERVICE_PUSH_KRA;

import io.backops.kra.KraIntegration;
import io.backops.kra.KraSubmissions;
import io.backops.review.IntegrationStatus.Incident;
import io.backops.review.IntegrationStatus.KraCall;
import io.backops.review.IntegrationStatus.Retry;
import io.backops.shared.KraStatus;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The integration status that tells the truth during a KRA outage: the KRA module knows the calls made and the
 * record once a KRA answered; only the engine knows that a push is waiting for its next retry, or that its retries
 * ran out. This puts both together, for one application and for the list. Callers check scope first.
 */
@Service
public class IntegrationStatuses {

    private final KraSubmissions kra;
    private final ManagementService management;
    private final RuntimeService runtime;

    IntegrationStatuses(KraSubmissions kra, ManagementService management, RuntimeService runtime) {
        this.kra = kra;
        this.management = management;
        this.runtime = runtime;
    }

    /** One application with every attempt; empty when it was never sent towards a KRA and no push waits. */
    @Transactional(readOnly = true)
    public Optional<IntegrationStatus> of(String applicationId) {
        var integration = kra.integration(applicationId);
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .listPage(0, 1).stream().findFirst();
        var jobs = instance.map(found -> kraJobs(management.createJobQuery().processInstanceId(found.getId())
                .activityId(SERVICE_PUSH_KRA).list(), management.createJobQuery().processInstanceId(found.getId())
                .activityId(SERVICE_POLL_KRA).withException().list())).orElse(List.of());
        if (integration.isEmpty() && jobs.isEmpty()) {
            return Optional.empty();
        }
        var base = integration.orElseGet(() ->
                new KraIntegration(applicationId, null, KraStatus.NOT_PUSHED, null, null, null, List.of()));
        return Optional.of(combine(base, jobs.isEmpty() ? null : jobs.get(0)));
    }

    /**
     * The newest {@code limit}, without attempts: every push the engine still has to make (waiting, retrying or
     * stopped by an incident) as {@code PUSH_PENDING}, and the KRA records, optionally of one KRA and one status.
     */
    @Transactional(readOnly = true)
    public List<IntegrationStatus> list(String kraName, KraStatus status, int limit) {
        Map<String, KraJob> jobs = byApplication(kraJobs(
                management.createJobQuery().activityId(SERVICE_PUSH_KRA).listPage(0, limit),
                management.createJobQuery().activityId(SERVICE_POLL_KRA).withException().listPage(0, limit)));
        Map<String, IntegrationStatus> items = new LinkedHashMap<>();
        if (status == null || status == KraStatus.PUSH_PENDING) {
            jobs.values().stream().filter(job -> job.call() == KraCall.PUSH).forEach(job -> {
                var base = kra.integration(job.applicationId()).map(found -> withoutAttempts(found)).orElseGet(() ->
                        new KraIntegration(job.applicationId(), null, KraStatus.NOT_PUSHED, null, null, null, List.of()));
                if (kraName == null || kraName.equals(base.kra())) {
                    items.put(job.applicationId(), combine(base, job));
                }
            });
        }
        if (status != KraStatus.PUSH_PENDING) {
            for (KraIntegration record : kra.integrations(kraName, status, limit)) {
                KraJob job = jobs.get(record.applicationId());
                if (job == null || job.call() == KraCall.STATUS) {
                    items.putIfAbsent(record.applicationId(), combine(record, job));
                }
            }
        }
        return items.values().stream()
                .sorted(Comparator.comparing(IntegrationStatus::updatedAt, Comparator.nullsFirst(Comparator.reverseOrder())))
                .limit(limit)
                .toList();
    }

    /** Pushes and polls that failed and are being retried by themselves (no incident yet). */
    @Transactional(readOnly = true)
    public List<IntegrationStatus> retrying(int limit) {
        var pushes = management.createJobQuery().activityId(SERVICE_PUSH_KRA).withException().withRetriesLeft()
                .listPage(0, limit);
        var polls = management.createJobQuery().activityId(SERVICE_POLL_KRA).withException().withRetriesLeft()
                .listPage(0, limit);
        return kraJobs(pushes, polls).stream()
                .map(job -> combine(kra.integration(job.applicationId()).map(IntegrationStatuses::withoutAttempts)
                        .orElseGet(() -> new KraIntegration(job.applicationId(), null, KraStatus.NOT_PUSHED, null, null,
                                null, List.of())), job))
                .toList();
    }

    /** A KRA job of the flow: the application it is for, which call, and how it stands. */
    private record KraJob(String applicationId, KraCall call, Retry retry, Incident incident) {
    }

    private static IntegrationStatus combine(KraIntegration base, KraJob job) {
        KraStatus status = job != null && job.call() == KraCall.PUSH ? KraStatus.PUSH_PENDING : base.status();
        return new IntegrationStatus(base.applicationId(), base.kra(), status, base.ackNumber(), base.reason(),
                base.updatedAt(), job == null ? null : job.retry(), job == null ? null : job.incident(), base.attempts());
    }

    private static KraIntegration withoutAttempts(KraIntegration integration) {
        return new KraIntegration(integration.applicationId(), integration.kra(), integration.status(),
                integration.ackNumber(), integration.reason(), integration.updatedAt(), List.of());
    }

    private static Map<String, KraJob> byApplication(List<KraJob> jobs) {
        Map<String, KraJob> byApplication = new LinkedHashMap<>();
        jobs.forEach(job -> byApplication.putIfAbsent(job.applicationId(), job));
        return byApplication;
    }

    /** Push jobs first (an application waiting for its push has no status call), then failing status calls. */
    private List<KraJob> kraJobs(List<Job> pushes, List<Job> polls) {
        Set<String> instanceIds = new HashSet<>();
        pushes.forEach(job -> instanceIds.add(job.getProcessInstanceId()));
        polls.forEach(job -> instanceIds.add(job.getProcessInstanceId()));
        if (instanceIds.isEmpty()) {
            return List.of();
        }
        Map<String, String> applicationOf = runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()
                .stream().filter(instance -> instance.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
        return Stream.concat(
                        pushes.stream().filter(job -> applicationOf.containsKey(job.getProcessInstanceId()))
                                .map(job -> kraJob(applicationOf.get(job.getProcessInstanceId()), job, KraCall.PUSH)),
                        polls.stream().filter(job -> applicationOf.containsKey(job.getProcessInstanceId()))
                                .map(job -> kraJob(applicationOf.get(job.getProcessInstanceId()), job, KraCall.STATUS)))
                .toList();
    }

    private KraJob kraJob(String applicationId, Job job, KraCall call) {
        if (job.getExceptionMessage() == null) {
            // Waiting for the job executor: not failed yet, due now (or at its due date).
            return new KraJob(applicationId, call, null, null);
        }
        if (job.getRetries() > 0) {
            return new KraJob(applicationId, call,
                    new Retry(call, job.getRetries(), at(job.getDuedate()), job.getExceptionMessage()), null);
        }
        var incident = runtime.createIncidentQuery().configuration(job.getId()).listPage(0, 1).stream().findFirst();
        return new KraJob(applicationId, call, null, new Incident(call,
                incident.map(found -> found.getIncidentMessage()).orElse(job.getExceptionMessage()),
                incident.map(found -> at(found.getIncidentTimestamp())).orElse(null)));
    }

    private static OffsetDateTime at(Date date) {
        return date == null ? null : date.toInstant().atOffset(ZoneOffset.UTC);
    }
}
