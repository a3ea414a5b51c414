package io.backops.review.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.backops.identity.Audited;
import io.backops.identity.SecurityEvent;
import io.backops.shared.MalformedInputException;
import io.backops.shared.NotFoundException;
import io.backops.shared.ValidationException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.ModelException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flows an IT admin is editing in the portal's modeler: kept in Backops, never run, until they are deployed (then
 * the draft is gone: it is a version now) or deleted. Any model that parses as BPMN may be saved, however far from
 * deployable; every save, deletion and deployment is in the audit.
 */
@Service
public class FlowDrafts {

    /** Larger than any real flow (the shipped ones are about 20 kB), small enough to keep out abuse. */
    static final int MAX_BPMN_CHARS = 1_000_000;

    private final JdbcClient jdbc;
    private final FlowAdministration flows;
    private final ApplicationEventPublisher events;

    private final ObjectMapper json;

    FlowDrafts(JdbcClient jdbc, FlowAdministration flows, ApplicationEventPublisher events, ObjectMapper json) {
        this.jdbc = jdbc;
        this.flows = flows;
        this.events = events;
        this.json = json;
    }

    /** {@code forms}: the ids of the forms edited for this draft, deployed with it. */
    public record Draft(long id, String key, Integer basedOnVersion, String updatedBy, OffsetDateTime updatedAt,
                        String bpmn, List<String> forms) {
    }

    public record Summary(long id, String key, Integer basedOnVersion, String updatedBy, OffsetDateTime updatedAt) {
    }

    @Transactional(readOnly = true)
    public List<Summary> list() {
        return jdbc.sql("select id, process_key, based_on_version, updated_by, updated_at from flow_draft order by updated_at desc, id desc")
                .query((rs, i) -> new Summary(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class))).list();
    }

    @Transactional(readOnly = true)
    public Draft find(long id) {
        return jdbc.sql("select id, process_key, based_on_version, updated_by, updated_at, bpmn from flow_draft where id = ?")
                .param(id)
                .query((rs, i) -> new Draft(rs.getLong(1), rs.getString(2), (Integer) rs.getObject(3), rs.getString(4),
                        rs.getObject(5, OffsetDateTime.class), rs.getString(6), formIds(id)))
                .optional().orElseThrow(() -> new NotFoundException("No flow draft " + id));
    }

    @Transactional
    public Draft create(String actor, String bpmn, Integer basedOnVersion) {
        String key = processKey(bpmn);
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into flow_draft (process_key, bpmn, based_on_version, updated_by, updated_at)
                        values (?, ?, ?, ?, ?)
                        """)
                .params(key, bpmn, basedOnVersion, actor, OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        events.publishEvent(new Audited(actor, SecurityEvent.FLOW_CHANGED, "flow draft " + id, "saved " + key
                + (basedOnVersion == null ? "" : " (from version " + basedOnVersion + ")")));
        return find(id);
    }

    @Transactional
    public Draft update(String actor, long id, String bpmn) {
        find(id);
        String key = processKey(bpmn);
        jdbc.sql("update flow_draft set process_key = ?, bpmn = ?, updated_by = ?, updated_at = ? where id = ?")
                .params(key, bpmn, actor, OffsetDateTime.now(ZoneOffset.UTC), id).update();
        events.publishEvent(new Audited(actor, SecurityEvent.FLOW_CHANGED, "flow draft " + id, "saved " + key));
        return find(id);
    }

    @Transactional
    public void delete(String actor, long id) {
        Draft draft = find(id);
        jdbc.sql("delete from flow_draft_form where draft_id = ?").param(id).update();
        jdbc.sql("delete from flow_draft where id = ?").param(id).update();
        events.publishEvent(new Audited(actor, SecurityEvent.FLOW_CHANGED, "flow draft " + id, "deleted " + draft.key()));
    }

    /**
     * A form of the draft as its editor opens it: the draft's own edit, else the form as deployed with the version
     * the draft was opened from, else the one Backops ships; empty when none of them has it (a new form).
     */
    @Transactional(readOnly = true)
    public Optional<byte[]> form(long id, String formId) {
        Draft draft = find(id);
        Optional<byte[]> own = jdbc.sql("select form from flow_draft_form where draft_id = ? and form_id = ?")
                .params(id, formId).query(String.class).optional().map(form -> form.getBytes(StandardCharsets.UTF_8));
        if (own.isPresent()) {
            return own;
        }
        if (draft.basedOnVersion() != null) {
            try {
                Optional<byte[]> deployed = flows.deployedForm(draft.key(), draft.basedOnVersion(), formId);
                if (deployed.isPresent()) {
                    return deployed;
                }
            } catch (NotFoundException renamed) {
                // The draft's process has another key than the flow it was opened from: no deployed form of its own.
            }
        }
        return flows.shippedFormIds().contains(formId) ? Optional.of(flows.shippedForm(formId)) : Optional.empty();
    }

    /**
     * Keeps a form edited for the draft, to be deployed with it. Refused, naming each field, unless it is a form
     * Tasklist 7.24 renders whose id is the one it is saved under.
     */
    @Transactional
    public void saveForm(String actor, long id, String formId, byte[] form) {
        find(id);
        Map<String, String> problems = new LinkedHashMap<>(CamundaForms.problems(json, form));
        if (!CamundaForms.isFormId(formId)) {
            problems.put("formId", "must be letters, digits, '-' and '_', starting with a letter, at most 100");
        } else if (!problems.containsKey("id") && !problems.containsKey("form")
                && !formId.equals(CamundaForms.idOf(json, form))) {
            problems.put("id", "must be " + formId + ", the form it is saved as");
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        String text = new String(form, StandardCharsets.UTF_8);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        int changed = jdbc.sql("update flow_draft_form set form = ?, updated_by = ?, updated_at = ? where draft_id = ? and form_id = ?")
                .params(text, actor, now, id, formId).update();
        if (changed == 0) {
            jdbc.sql("insert into flow_draft_form (draft_id, form_id, form, updated_by, updated_at) values (?, ?, ?, ?, ?)")
                    .params(id, formId, text, actor, now).update();
        }
        events.publishEvent(new Audited(actor, SecurityEvent.FLOW_CHANGED, "flow draft " + id, "saved form " + formId));
    }

    /** Drops the draft's edit of a form: the draft deploys the form it would have without it. */
    @Transactional
    public void deleteForm(String actor, long id, String formId) {
        find(id);
        if (jdbc.sql("delete from flow_draft_form where draft_id = ? and form_id = ?").params(id, formId).update() == 0) {
            throw new NotFoundException("Flow draft " + id + " has no form " + formId + " of its own");
        }
        events.publishEvent(new Audited(actor, SecurityEvent.FLOW_CHANGED, "flow draft " + id, "dropped form " + formId));
    }

    /** The forms edited for the draft, as uploads to deploy (or check) with its model. */
    @Transactional(readOnly = true)
    public List<FlowAdministration.Upload> formUploads(long id) {
        find(id);
        return jdbc.sql("select form_id, form from flow_draft_form where draft_id = ? order by form_id").param(id)
                .query((rs, i) -> new FlowAdministration.Upload(rs.getString(1) + ".form",
                        rs.getString(2).getBytes(StandardCharsets.UTF_8))).list();
    }

    /** The forms the draft's user tasks refer to ({@code camunda:formRef}), and those edited for it, sorted. */
    @Transactional(readOnly = true)
    public List<String> formsOf(long id) {
        Draft draft = find(id);
        Set<String> forms = new TreeSet<>(draft.forms());
        Bpmn.readModelFromStream(new ByteArrayInputStream(draft.bpmn().getBytes(StandardCharsets.UTF_8)))
                .getModelElementsByType(UserTask.class).stream().map(UserTask::getCamundaFormRef)
                .filter(CamundaForms::isFormId).forEach(forms::add);
        return List.copyOf(forms);
    }

    private List<String> formIds(long id) {
        return jdbc.sql("select form_id from flow_draft_form where draft_id = ? order by form_id").param(id)
                .query(String.class).list();
    }

    /**
     * Deploys the draft as the next version of its flow, with the forms edited for it, under every check of any
     * deployment, and removes it.
     */
    @Transactional
    public FlowAdministration.Deployed deploy(String actor, long id) {
        Draft draft = find(id);
        var deployed = flows.deploy(actor, new FlowAdministration.Upload(draft.key() + ".bpmn",
                draft.bpmn().getBytes(StandardCharsets.UTF_8)), formUploads(id));
        jdbc.sql("delete from flow_draft_form where draft_id = ?").param(id).update();
        jdbc.sql("delete from flow_draft where id = ?").param(id).update();
        events.publishEvent(new Audited(actor, SecurityEvent.FLOW_CHANGED, "flow draft " + id, "deployed as " + deployed.key()
                + " version " + deployed.version()));
        return deployed;
    }

    /** The draft's flow key: the id of its executable process; a text that is not BPMN is not kept. */
    private static String processKey(String bpmn) {
        if (bpmn == null || bpmn.isBlank()) {
            throw new MalformedInputException(Map.of("bpmn", "is required"));
        }
        if (bpmn.length() > MAX_BPMN_CHARS) {
            throw new MalformedInputException(Map.of("bpmn", "is longer than " + MAX_BPMN_CHARS + " characters"));
        }
        try {
            var model = Bpmn.readModelFromStream(new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)));
            return model.getModelElementsByType(Process.class).stream()
                    .filter(Process::isExecutable).map(Process::getId).findFirst()
                    .orElseThrow(() -> new MalformedInputException(Map.of("bpmn", "has no executable process")));
        } catch (ModelException e) {
            throw new MalformedInputException(Map.of("bpmn", "is not a BPMN 2.0 model"));
        }
    }
}
