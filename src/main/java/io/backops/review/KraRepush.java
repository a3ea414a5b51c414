package io.backops.review;

import static io.backops.review.OnboardingProcess.Elements.SERVICE_POLL_KRA;
import static io.backops.review.OnboardingProcess.Elements.SERVICE_PUSH_KRA;
import static io.backops.review.OnboardingProcess.Variables.PUSH_TRIGGERED_BY;
import static io.backops.review.OnboardingProcess.Variables.REQUEST_ID;

import io.backops.application.ApplicationManagement;
import io.backops.identity.UserManagement;
import io.backops.settings.Grant;
import io.backops.settings.Settings;
import io.backops.shared.ConflictException;
import io.backops.shared.RequestId;
import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-push (docs/kra-simulator.md): a push or status call that failed gets new retries and runs now, as Cockpit's
 * "retry" would; its incident goes away with the new retries. The attempts it makes name the user who asked.
 */
@Service
public class KraRepush {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final ApplicationManagement applications;
    private final UserManagement users;
    private final Settings settings;

    KraRepush(RuntimeService runtime, ManagementService management, ApplicationManagement applications,
              UserManagement users, Settings settings) {
        this.settings = settings;
        this.runtime = runtime;
        this.management = management;
        this.applications = applications;
        this.users = users;
    }

    @Transactional
    public void repush(String applicationId, String actor) {
        settings.require(Grant.REPUSH);
        if (!users.isBackOffice(actor)) {
            throw new AccessDeniedException("Only the back office re-pushes to the KRA");
        }
        applications.requireInScope(applicationId, actor);
        var instance = runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).singleResult();
        var failed = instance == null ? null : management.createJobQuery().processInstanceId(instance.getId())
                .activityId(SERVICE_PUSH_KRA).withException().singleResult();
        if (failed == null && instance != null) {
            failed = management.createJobQuery().processInstanceId(instance.getId())
                    .activityId(SERVICE_POLL_KRA).withException().singleResult();
        }
        if (failed == null) {
            throw new ConflictException("Nothing to re-push: " + applicationId + " has no failed KRA call");
        }
        runtime.setVariable(instance.getId(), PUSH_TRIGGERED_BY, actor);
        runtime.setVariable(instance.getId(), REQUEST_ID, RequestId.current().orElse(null));
        management.setJobRetries(failed.getId(), 1);
        management.setJobDuedate(failed.getId(), new Date());
    }
}
