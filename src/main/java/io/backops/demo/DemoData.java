package io.backops.demo;

import io.backops.application.ApplicationIntake;
import io.backops.application.Submission;
import io.backops.distribution.DistributorManagement;
import io.backops.identity.NewUser;
import io.backops.identity.Passwords;
import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On the first start of the demo: a manager with two reviewers, a distributor with its login, and applications
 * waiting in the reviewers' queues. Later starts find the manager and add nothing.
 */
@Component
@Profile({"default", "demo"})
@Order(20)
class DemoData implements ApplicationRunner {

    static final String DISTRIBUTOR_ARN = "ARN-12345";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final UserManagement users;
    private final DistributorManagement distributors;
    private final ApplicationIntake intake;
    private final DemoProperties properties;
    private final String admin;

    DemoData(UserManagement users, DistributorManagement distributors, ApplicationIntake intake,
             DemoProperties properties, @Value("${backops.admin.username}") String admin) {
        this.users = users;
        this.distributors = distributors;
        this.intake = intake;
        this.properties = properties;
        this.admin = admin;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.exists("meera")) {
            return;
        }
        distributors.register(DISTRIBUTOR_ARN, "Sunrise Investments");
        Map<String, String> passwords = new LinkedHashMap<>();
        create(passwords, new NewUser("meera", "Meera Iyer", "meera@backops.local", "E1001", "9800000001",
                Role.MANAGER, null, null));
        create(passwords, new NewUser("ravi", "Ravi Kumar", "ravi@backops.local", "E1002", "9800000002",
                Role.REVIEWER, "meera", null));
        create(passwords, new NewUser("sara", "Sara Khan", "sara@backops.local", "E1003", "9800000003",
                Role.REVIEWER, "meera", null));
        create(passwords, new NewUser("sunrise", "Sunrise Investments", "ops@sunrise.example", null, "9800000004",
                Role.DISTRIBUTOR, null, DISTRIBUTOR_ARN));

        var applications = DemoApplications.all(DISTRIBUTOR_ARN);
        for (Submission submission : applications) {
            intake.submit(submission, admin);
        }
        passwords.forEach((username, password) -> log.info("Demo user '{}' password: {}", username, password));
        log.info("Demo data created: {} applications waiting for review", applications.size());
    }

    private void create(Map<String, String> passwords, NewUser user) {
        boolean known = properties.password() != null && !properties.password().isBlank();
        String password = known ? properties.password() : Passwords.generate();
        users.create(user, password, false);
        passwords.put(user.username(), known ? "(BACKOPS_DEMO_PASSWORD)" : password);
    }
}
