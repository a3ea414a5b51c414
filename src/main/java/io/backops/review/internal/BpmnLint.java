package io.backops.review.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * bpmnlint's {@code recommended} rules, run in the JVM on GraalJS so that every route to a deployment (API, page,
 * editor) is held to them, not only the browser (docs/adr/0007-flow-checks-on-the-server.md). The script is
 * bpmnlint and bpmn-moddle packed into one file by {@code tools/modeler}. Its context has no host, file, thread or
 * network access, so a model can do nothing but be linted. The context is made on first use (most nodes never
 * lint), then kept and shared, one lint at a time: loading the script costs more than linting a model, and a lint
 * keeps no state between models.
 */
@Component
class BpmnLint implements AutoCloseable {

    /** One finding: the element's id ("" for the whole model), the rule, "error" or "warn", and its message. */
    record Finding(String id, String rule, String category, String message) {
    }

    private static final String SCRIPT = "bpmnlint/bpmnlint-recommended.js";
    private static final String RUN = """
            globalThis.__outcome = null;
            BackopsLint.lint(globalThis.__model).then(
                problems => { globalThis.__outcome = JSON.stringify({problems}); },
                error => { globalThis.__outcome = JSON.stringify({error: String(error && error.message || error)}); });
            """;

    private Context context;
    private Source run;
    private final ObjectMapper json;

    BpmnLint(ObjectMapper json) {
        this.json = json;
    }

    private Context context() {
        if (context == null) {
            // Without Graal's compiler on a stock JDK the engine interprets; that is fast enough for one model.
            Context created = Context.newBuilder("js").option("engine.WarnInterpreterOnly", "false").build();
            try {
                created.eval(Source.newBuilder("js", new ClassPathResource(SCRIPT).getContentAsString(StandardCharsets.UTF_8),
                        "bpmnlint-recommended.js").build());
            } catch (IOException e) {
                created.close();
                throw new UncheckedIOException("Cannot read " + SCRIPT, e);
            }
            run = Source.create("js", RUN);
            context = created;
        }
        return context;
    }

    @Override
    public synchronized void close() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    synchronized List<Finding> lint(String bpmnXml) {
        try {
            Context context = context();
            context.getBindings("js").putMember("__model", bpmnXml);
            context.eval(run);
            // The promise settles in the jobs the engine runs once the evaluation above returns.
            String outcome = context.eval("js", "globalThis.__outcome").asString();
            Outcome result = json.readValue(outcome, Outcome.class);
            if (result.error() != null) {
                return List.of(new Finding("", "bpmnlint", "error", "cannot be read by bpmnlint: " + result.error()));
            }
            return result.problems();
        } catch (PolyglotException | IOException e) {
            throw new IllegalStateException("bpmnlint failed", e);
        }
    }

    private record Outcome(List<Finding> problems, String error) {
    }

}
