package io.backops.review.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.backops.identity.Audited;
import io.backops.identity.SecurityEvent;
import io.backops.shared.ListPage;
import io.backops.shared.MalformedInputException;
import io.backops.shared.NotFoundException;
import io.backops.shared.Paging;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NotValidException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flows as an IT admin manages them (docs/api.md): the deployed versions with their running and finished counts,
 * and new versions from an uploaded model. A running application keeps the version it started with.
 */
@Service
public class FlowAdministration {

    private static final String SHIPPED_FORMS = "classpath*:forms/*.form";

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final FlowValidation validation;
    private final ObjectMapper json;
    private final ApplicationEventPublisher events;

    FlowAdministration(RepositoryService repository, RuntimeService runtime, HistoryService history,
                       FlowValidation validation, ObjectMapper json,
                       ApplicationEventPublisher events) {
        this.events = events;
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
        this.validation = validation;
        this.json = json;
    }

    public record Flow(String key, String name, List<Version> versions) {
    }

    public record Version(int version, String id, String versionTag, OffsetDateTime deployedAt, long running,
                          long finished) {
    }

    public record Deployed(String key, String name, int version, String deploymentId) {
    }

    /** One uploaded file: its name and bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    @Transactional(readOnly = true)
    public List<Flow> list() {
        return flowsOf(definitionsByKey());
    }

    /** One page of the flows, by key; each flow's versions newest first. Only the page's versions are counted. */
    @Transactional(readOnly = true)
    public ListPage<Flow> list(Paging paging) {
        Map<String, List<ProcessDefinition>> byKey = definitionsByKey();
        ListPage<String> keys = paging.of(List.copyOf(byKey.keySet()));
        Map<String, List<ProcessDefinition>> onPage = new LinkedHashMap<>();
        keys.items().forEach(key -> onPage.put(key, byKey.get(key)));
        return new ListPage<>(flowsOf(onPage), keys.page(), keys.size(), keys.more());
    }

    private Map<String, List<ProcessDefinition>> definitionsByKey() {
        Map<String, List<ProcessDefinition>> byKey = new LinkedHashMap<>();
        repository.createProcessDefinitionQuery().orderByProcessDefinitionKey().asc()
                .orderByProcessDefinitionVersion().desc().list()
                .forEach(definition -> byKey.computeIfAbsent(definition.getKey(), key -> new ArrayList<>()).add(definition));
        return byKey;
    }

    private List<Flow> flowsOf(Map<String, List<ProcessDefinition>> byKey) {
        Map<String, OffsetDateTime> deployedAt = new HashMap<>();
        repository.createDeploymentQuery().list().forEach(deployment ->
                deployedAt.put(deployment.getId(), deployment.getDeploymentTime().toInstant().atOffset(ZoneOffset.UTC)));
        List<Flow> flows = new ArrayList<>();
        byKey.forEach((key, definitions) -> flows.add(new Flow(key, definitions.get(0).getName(),
                definitions.stream().map(definition -> new Version(definition.getVersion(), definition.getId(),
                        definition.getVersionTag(), deployedAt.get(definition.getDeploymentId()),
                        runtime.createProcessInstanceQuery().processDefinitionId(definition.getId()).count(),
                        history.createHistoricProcessInstanceQuery().processDefinitionId(definition.getId())
                                .finished().count())).toList())));
        return flows;
    }

    /** The BPMN XML of one version, as deployed. */
    @Transactional(readOnly = true)
    public byte[] model(String key, int version) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new NotFoundException("No flow " + key + " version " + version);
        }
        try (InputStream model = repository.getProcessModel(definition.getId())) {
            return model.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the model of " + key + " v" + version, e);
        }
    }

    /**
     * Deploys an uploaded model with its forms. Forms it refers to but does not bring are taken from the forms
     * Backops ships, so that a flow author may upload the BPMN alone. Refused, with every problem named: a file
     * that is not BPMN, what {@link FlowUploadCheck} finds, and whatever the engine's parser says.
     */
    @Transactional
    public Deployed deploy(String actor, Upload bpmn, List<Upload> forms) {
        Map<String, byte[]> formsById = new LinkedHashMap<>(shippedForms());
        List<FlowProblem> problems = validate(bpmn, forms, formsById);
        if (!problems.isEmpty()) {
            throw new MalformedInputException(FlowValidation.byElement(problems));
        }
        var builder = repository.createDeployment().name(bpmn.fileName()).source("backops-upload")
                .enableDuplicateFiltering(false)
                .addInputStream(safeName(bpmn.fileName()), new ByteArrayInputStream(bpmn.content()));
        formsById.forEach((id, content) -> builder.addInputStream("forms/" + id + ".form", new ByteArrayInputStream(content)));
        try {
            var deployment = builder.deployWithResult();
            ProcessDefinition definition = deployment.getDeployedProcessDefinitions().stream()
                    .max(Comparator.comparingInt(ProcessDefinition::getVersion)).orElseThrow();
            events.publishEvent(new Audited(actor, SecurityEvent.FLOW_CHANGED, "flow " + definition.getKey(),
                    "deployed version " + definition.getVersion() + " from " + bpmn.fileName()));
            return new Deployed(definition.getKey(), definition.getName(), definition.getVersion(), deployment.getId());
        } catch (ParseException e) {
            Map<String, String> parserErrors = new LinkedHashMap<>();
            // (sic: Camunda spells it "Resorce")
            e.getResorceReports().forEach(report -> report.getErrors().forEach(problem -> parserErrors.merge(
                    problem.getMainElementId() == null ? "file" : problem.getMainElementId(),
                    problem.getMessage() + (problem.getLine() > 0 ? " (line " + problem.getLine() + ")" : ""),
                    (a, b) -> a + "; " + b)));
            throw new MalformedInputException(parserErrors.isEmpty() ? Map.of("file", e.getMessage()) : parserErrors);
        } catch (NotValidException e) {
            throw new MalformedInputException(Map.of("file", e.getMessage()));
        } catch (ProcessEngineException e) {
            // What the engine evaluates while deploying (a start timer's cycle or date) fails as a plain engine
            // exception; it is still the model's fault, and nothing was deployed (the transaction rolls back).
            throw new MalformedInputException(Map.of("file", "the engine cannot deploy it: " + e.getMessage()));
        }
    }

    /**
     * Every problem that would refuse this upload (see {@link FlowValidation}), each on its element; the upload's
     * own fields are {@code file} and {@code forms[i]}. Nothing is deployed or stored.
     */
    @Transactional(readOnly = true)
    public List<FlowProblem> validate(Upload bpmn, List<Upload> forms) {
        return validate(bpmn, forms, new LinkedHashMap<>(shippedForms()));
    }

    /** Adds the uploaded forms to {@code formsById}, and answers what is wrong with the upload. */
    private List<FlowProblem> validate(Upload bpmn, List<Upload> forms, Map<String, byte[]> formsById) {
        List<FlowProblem> problems = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            Upload form = forms.get(i);
            String field = "forms[" + i + "]";
            if (!form.fileName().endsWith(".form")) {
                problems.add(FlowProblem.backops(field, "form", "must be a Camunda .form file (JSON with an id)"));
                continue;
            }
            Map<String, String> formProblems = CamundaForms.problems(json, form.content());
            formProblems.forEach((what, message) -> problems.add(FlowProblem.backops(field, "form",
                    ("form".equals(what) ? "" : what + " ") + message)));
            if (formProblems.isEmpty()) {
                formsById.put(formId(form), form.content());
            }
        }
        if (bpmn == null || bpmn.content().length == 0 || !bpmn.fileName().endsWith(".bpmn")) {
            problems.add(0, FlowProblem.backops("file", "bpmn", "must be a .bpmn file"));
            return problems;
        }
        problems.addAll(validation.problems(safeName(bpmn.fileName()), bpmn.content(), formsById.keySet()));
        return problems;
    }

    /** The ids of the Camunda Forms Backops ships (taken for any flow that refers to them). */
    public List<String> shippedFormIds() {
        return List.copyOf(shippedForms().keySet());
    }

    /** One shipped Camunda Form, as JSON. */
    public byte[] shippedForm(String id) {
        byte[] form = shippedForms().get(id);
        if (form == null) {
            throw new NotFoundException("No shipped form " + id);
        }
        return form;
    }

    private Map<String, byte[]> shippedForms() {
        Map<String, byte[]> forms = new LinkedHashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(SHIPPED_FORMS)) {
                byte[] content = resource.getContentAsByteArray();
                String id = formId(new Upload(resource.getFilename(), content));
                if (id != null) {
                    forms.put(id, content);
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the shipped forms", e);
        }
        return forms;
    }

    private String formId(Upload form) {
        return CamundaForms.idOf(json, form.content());
    }

    /**
     * The form {@code formId} as deployed with one version of a flow (its {@code camunda:formRef} with binding
     * {@code deployment} reads it from there), or empty when that deployment holds no such form.
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> deployedForm(String key, int version, String formId) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new NotFoundException("No flow " + key + " version " + version);
        }
        for (String name : repository.getDeploymentResourceNames(definition.getDeploymentId())) {
            if (!name.endsWith(".form")) {
                continue;
            }
            try (InputStream resource = repository.getResourceAsStream(definition.getDeploymentId(), name)) {
                byte[] content = resource.readAllBytes();
                if (formId.equals(CamundaForms.idOf(json, content))) {
                    return Optional.of(content);
                }
            } catch (IOException e) {
                throw new IllegalStateException("Cannot read " + name + " of " + key + " v" + version, e);
            }
        }
        return Optional.empty();
    }

    /** The file name as a resource name: no folders, nothing but letters, digits, dot, dash and underscore. */
    private static String safeName(String fileName) {
        String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
        return "uploads/" + base.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
