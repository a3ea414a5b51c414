package io.backops.review.internal;

import io.backops.identity.Audited;
import io.backops.identity.SecurityEvent;
import io.backops.shared.MalformedInputException;
import io.backops.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
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

    FlowDrafts(JdbcClient jdbc, FlowAdministration flows, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.flows = flows;
        this.events = events;
    }

    public record Draft(long id, String key, Integer basedOnVersion, String updatedBy, OffsetDateTime updatedAt,
                        String bpmn) {
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
                        rs.getObject(5, OffsetDateTime.class), rs.getString(6)))
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
        jdbc.sql("delete from flow_draft where id = ?").param(id).update();
        events.publishEvent(new Audited(actor, SecurityEvent.FLOW_CHANGED, "flow draft " + id, "deleted " + draft.key()));
    }

    /** Deploys the draft as the next version of its flow, under every check of any deployment, and removes it. */
    @Transactional
    public FlowAdministration.Deployed deploy(String actor, long id) {
        Draft draft = find(id);
        var deployed = flows.deploy(actor, new FlowAdministration.Upload(draft.key() + ".bpmn",
                draft.bpmn().getBytes(StandardCharsets.UTF_8)), List.of());
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
