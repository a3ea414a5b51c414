package io.backops.identity.internal;

import io.backops.identity.NewUser;
import io.backops.identity.Passwords;
import io.backops.identity.Role;
import io.backops.identity.UserManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On every start: Camunda's groups and grants, and the first IT admin when there is none. Outside the demo profile
 * Backops refuses to start without {@code BACKOPS_ADMIN_PASSWORD} rather than invent a password nobody sees.
 */
@Component
@Order(0)
class IdentityBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(IdentityBootstrap.class);

    private final CamundaIdentityBridge camundaIdentity;
    private final UserManagement users;
    private final AdminProperties admin;
    private final Environment environment;

    IdentityBootstrap(CamundaIdentityBridge camundaIdentity, UserManagement users, AdminProperties admin,
                      Environment environment) {
        this.camundaIdentity = camundaIdentity;
        this.users = users;
        this.admin = admin;
        this.environment = environment;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        camundaIdentity.ensureGroupsAndGrants();
        if (!users.anyWithRole(Role.ADMIN)) {
            createFirstAdmin();
        }
    }

    private void createFirstAdmin() {
        String password = admin.password();
        boolean generated = password == null || password.isBlank();
        if (generated && !isDemo(environment)) {
            throw new IllegalStateException(
                    "No IT admin exists yet: set BACKOPS_ADMIN_PASSWORD (and optionally BACKOPS_ADMIN_USERNAME)");
        }
        if (generated) {
            password = Passwords.generate();
        }
        users.create(new NewUser(admin.username(), "IT Admin", admin.username() + "@backops.local", null, null,
                Role.ADMIN, null, null), password, false);
        if (generated) {
            log.info("Created the first IT admin '{}' with the one-time demo password: {}", admin.username(), password);
        } else {
            log.info("Created the first IT admin '{}' with the password from BACKOPS_ADMIN_PASSWORD", admin.username());
        }
    }

    /** The demo runs when no profile is chosen, or when {@code demo} is chosen beside another (compose). */
    private static boolean isDemo(Environment environment) {
        return environment.acceptsProfiles(Profiles.of("default | demo"));
    }
}
