package io.backops.identity.internal;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import io.backops.identity.BackofficeUser;
import io.backops.identity.Role;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * Keeps Camunda's identity service in step with Backops' users. Camunda holds no passwords (sign-in is Spring
 * Security's); it needs the users and their groups so the webapps accept them and authorizations apply.
 */
@Component
public class CamundaIdentityBridge {

    static final String REVIEWERS = "reviewers";
    static final String MANAGERS = "managers";
    static final String MY_TASKS_FILTER = "My tasks";
    static final String TEAM_TASKS_FILTER = "My team's tasks";

    private static final Map<Role, String> GROUP_OF_ROLE =
            Map.of(Role.ADMIN, Groups.CAMUNDA_ADMIN, Role.MANAGER, MANAGERS, Role.REVIEWER, REVIEWERS);

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    CamundaIdentityBridge(IdentityService identity, AuthorizationService authorizations, FilterService filters,
                          TaskService tasks) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    /**
     * Creates or updates the Camunda user of a back-office user, in exactly the group of its role. Distributors
     * never get into Camunda (a changed role takes a former back-office user out).
     */
    public void mirror(BackofficeUser user) {
        String group = GROUP_OF_ROLE.get(user.role());
        var camundaUser = identity.createUserQuery().userId(user.username()).singleResult();
        if (group == null) {
            if (camundaUser != null) {
                identity.deleteUser(user.username());
            }
            return;
        }
        if (camundaUser == null) {
            camundaUser = identity.newUser(user.username());
        }
        int space = user.name().lastIndexOf(' ');
        camundaUser.setFirstName(space > 0 ? user.name().substring(0, space) : user.name());
        camundaUser.setLastName(space > 0 ? user.name().substring(space + 1) : "");
        camundaUser.setEmail(user.email());
        identity.saveUser(camundaUser);
        for (String roleGroup : GROUP_OF_ROLE.values()) {
            boolean member = identity.createGroupQuery().groupId(roleGroup).groupMember(user.username()).count() > 0;
            if (roleGroup.equals(group) && !member) {
                identity.createMembership(user.username(), roleGroup);
            } else if (!roleGroup.equals(group) && member) {
                identity.deleteMembership(user.username(), roleGroup);
            }
        }
    }

    /** Idempotent: the groups, what each may do in the engine and webapps, and the Tasklist filter. */
    void ensureGroupsAndGrants() {
        ensureGroup(Groups.CAMUNDA_ADMIN, "IT admins");
        ensureGroup(MANAGERS, "Managers");
        ensureGroup(REVIEWERS, "Reviewers");
        for (Resource resource : Resources.values()) {
            grant(Groups.CAMUNDA_ADMIN, resource, ANY, Permissions.ALL);
        }
        Filter myTasks = ensureFilter(MY_TASKS_FILTER, "Applications assigned to me", -10,
                tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
        // No criteria: the authorizations narrow it to the manager's own and his team's tasks.
        Filter teamTasks = ensureFilter(TEAM_TASKS_FILTER, "Applications of my team, and mine", -5,
                tasks.createTaskQuery());
        grant(MANAGERS, Resources.FILTER, teamTasks.getId(), Permissions.READ);
        for (String group : List.of(MANAGERS, REVIEWERS)) {
            grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            grant(group, Resources.FILTER, myTasks.getId(), Permissions.READ);
            // Process names and deployed forms in Tasklist; gives no access to instances or tasks.
            grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        }
    }

    private void ensureGroup(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            var group = identity.newGroup(id);
            group.setName(name);
            group.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(group);
        }
    }

    private void grant(String group, Resource resource, String resourceId, Permission permission) {
        boolean exists = authorizations.createAuthorizationQuery()
                .groupIdIn(group).resourceType(resource).resourceId(resourceId).count() > 0;
        if (!exists) {
            var authorization = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
            authorization.setGroupId(group);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            authorization.addPermission(permission);
            authorizations.saveAuthorization(authorization);
        }
    }

    private Filter ensureFilter(String name, String description, int priority,
                                TaskQuery query) {
        Filter existing = filters.createFilterQuery().filterName(name).singleResult();
        if (existing != null) {
            return existing;
        }
        Filter filter = filters.newTaskFilter(name)
                .setQuery(query)
                .setProperties(Map.of("description", description, "priority", priority, "refresh", true));
        return filters.saveFilter(filter);
    }
}
