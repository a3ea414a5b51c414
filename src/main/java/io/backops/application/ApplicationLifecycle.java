package io.backops.application;

import io.backops.application.internal.FourEyesPolicy;
import io.backops.application.internal.Transitions;
import io.backops.identity.BackofficeUser;
import io.backops.identity.UserManagement;
import io.backops.shared.KraStatus;
import java.time.Clock;
import java.time.OffsetDateTime;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lifecycle's commands, as the flow and the people working it ask for them: assignment, escalation, decisions and
 * their four-eyes approval, reversals, drop-off and the KRA's answers. Each finds the application in the actor's
 * scope (outside it, it does not exist) and hands the rest to {@link InvestorApplication}, which owns the rules.
 */
@Service
public class ApplicationLifecycle {

    private final Transitions transitions;
    private final ApplicationManagement reads;
    private final FourEyesPolicy fourEyes;
    private final UserManagement users;
    private final Clock clock = Clock.systemDefaultZone();

    ApplicationLifecycle(Transitions transitions, ApplicationManagement reads, FourEyesPolicy fourEyes,
                         UserManagement users) {
        this.transitions = transitions;
        this.reads = reads;
        this.fourEyes = fourEyes;
        this.users = users;
    }

    /** The review goes to another person; {@code actor} is whoever moved it (a person, or the system). */
    @Transactional
    public void assign(String id, String assignee, String actor) {
        Actor by = actor(actor);
        transitions.apply(id, application -> application.assign(assignee, by, now()));
    }

    /** The review took longer than the SLA: the manager takes it over. */
    @Transactional
    public void escalate(String id, String manager, String detail) {
        transitions.apply(id, application -> application.escalate(manager, detail, now()));
    }

    /**
     * A person's decision, whatever surface it came through (API, Tasklist, engine REST): it takes effect, or it waits
     * for a checker where a four-eyes rule holds.
     */
    @Transactional
    public InvestorApplication.DecisionResult decide(String id, Decision decision, String reason, String actor) {
        Actor by = inScope(id, actor);
        return transitions.call(id, application -> application.decide(decision, reason, by, fourEyes.current(), now()));
    }

    /** A decision the flow takes by itself, where classification sends an application straight to a bucket. */
    @Transactional
    public void decideAutomatically(String id, Decision decision, String reason) {
        transitions.apply(id, application -> application.decideAutomatically(decision, reason, now()));
    }

    /** The checker's answer to a four-eyes decision: approved, it takes effect; refused, it goes back to review. */
    @Transactional
    public void checkDecision(String id, boolean approve, String reason, String checker) {
        Actor by = inScope(id, checker);
        transitions.apply(id, application -> {
            String makersManager = makersManager(application);
            if (approve) {
                application.approveDecision(by, makersManager, now());
            } else {
                application.refuseDecision(by, makersManager, reason, now());
            }
        });
    }

    /** Fails as {@link #checkDecision} would for an actor who may not check the waiting decision; changes nothing. */
    @Transactional(readOnly = true)
    public void requireChecker(String id, String checker) {
        Actor by = inScope(id, checker);
        var application = reads.load(id);
        application.requireChecker(by, makersManager(application));
    }

    /** The checker let a four-eyes decision wait past its SLA: the maker's manager is told. */
    @Transactional
    public void escalateApproval(String id, String detail) {
        transitions.apply(id, application -> application.escalateApproval(
                makersManager(application), detail, now()));
    }

    @Transactional
    public void requestReversal(String id, String reason, String actor) {
        Actor by = inScope(id, actor);
        transitions.apply(id, application -> application.requestReversal(by, reason, now()));
    }

    /** The second person's answer to a reversal; approved, the application is PENDING again and its flow restarts. */
    @Transactional
    public void checkReversal(String id, boolean approve, String reason, String checker) {
        Actor by = inScope(id, checker);
        transitions.apply(id, application -> {
            String requestersManager = managerOf(application.reversal() == null ? null
                    : application.reversal().requestedBy());
            if (approve) {
                application.approveReversal(by, requestersManager, reason, now());
            } else {
                application.refuseReversal(by, requestersManager, reason, now());
            }
        });
    }

    /** A draft was not resubmitted in time: it drops off, and its distributor is told. */
    @Transactional
    public void dropOff(String id, String detail) {
        transitions.apply(id, application -> application.dropOff(detail, now()));
    }

    /**
     * The KRA push claims the application before calling any KRA, in a transaction of its own that commits at once:
     * a reversal approved before it makes this a conflict (and no KRA is called), one approved after it is refused.
     */
    public void claimKraPush(String id) {
        transitions.applyAlone(id, application -> application.claimKraPush(now()));
    }

    /** A push that no KRA took gives its claim back (in a transaction of its own, as the push's own rolls back). */
    public void releaseKraPush(String id) {
        transitions.applyAlone(id, InvestorApplication::releaseKraPush);
    }

    @Transactional
    public void recordKraStatus(String id, KraStatus kraStatus) {
        transitions.apply(id, application -> application.recordKraStatus(kraStatus, now()));
    }

    /** The KRA kept the application under process too long: automatic polling ends here, a person takes over. */
    @Transactional
    public void recordKraPollingStopped(String id, String detail) {
        reads.record(id, new TimelineEntry(now(), Actor.SYSTEM.username(), TimelineEvent.KRA_POLLING_STOPPED, null,
                null, detail));
    }

    private Actor inScope(String id, String username) {
        BackofficeUser user = user(username);
        reads.requireInScope(id, username);
        return Actor.of(user);
    }

    private Actor actor(String username) {
        return Actor.SYSTEM.username().equals(username) ? Actor.SYSTEM : Actor.of(user(username));
    }

    /** The manager of the person whose decision waits for a checker; null when none waits or he has none. */
    private String makersManager(InvestorApplication application) {
        return application.approval() == null ? null : managerOf(application.approval().maker());
    }

    private String managerOf(String username) {
        return username == null ? null : users.find(username).map(BackofficeUser::manager).orElse(null);
    }

    private BackofficeUser user(String username) {
        return users.find(username).orElseThrow(() -> new AccessDeniedException("Unknown user"));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
