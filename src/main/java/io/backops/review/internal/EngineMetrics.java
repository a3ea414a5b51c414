package io.backops.review.internal;

import static io.backops.review.OnboardingProcess.Elements.SERVICE_PUSH_KRA;
import static io.backops.review.OnboardingProcess.Elements.TIMER_REVIEW_SLA;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.metrics.Meter;
import org.camunda.bpm.engine.impl.metrics.MetricsRegistry;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Camunda's engine metrics and the engine-side backlog as Micrometer meters. The engine counts its own events
 * (job acquisition attempts, jobs acquired, failed, executed; activity instances ...) in a registry it flushes to
 * the database every 15 minutes; counting them again here as they happen gives Prometheus per-node counters that
 * only grow, which is what {@code rate()} needs. Job and incident counts are read in the background like
 * Backops' other gauges: the job and incident tables hold live rows only, so the queries stay small.
 */
@Configuration(proxyBeanMethods = false)
class EngineMetrics {

    @Bean
    AbstractProcessEnginePlugin engineCounters(MeterRegistry registry) {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                configuration.setMetricsRegistry(new CountingMetricsRegistry(registry));
            }
        };
    }

    /** Every engine event the engine counts for its database log, counted as {@code camunda_<name>_total} too. */
    static final class CountingMetricsRegistry extends MetricsRegistry {
        private final MeterRegistry registry;
        private final Map<String, Counter> counters = new ConcurrentHashMap<>();

        CountingMetricsRegistry(MeterRegistry registry) {
            this.registry = registry;
        }

        @Override
        public void createDbMeter(String name) {
            super.createDbMeter(name);
            // Registered at 0 from the start: an alert on a rate needs the series before the first event.
            counter(name);
        }

        @Override
        protected void markOccurrence(Map<String, Meter> meters, String name, long times) {
            super.markOccurrence(meters, name, times);
            if (meters == dbMeters) {
                counter(name).increment(times);
            }
        }

        private Counter counter(String name) {
            return counters.computeIfAbsent(name, key -> Counter.builder("camunda." + key.replace('-', '.'))
                    .description("Camunda engine metric " + key).register(registry));
        }
    }

    /** Jobs, incidents and SLA timers, counted every refresh interval. */
    @Component
    static class EngineGauges {
        private final ManagementService management;
        private final JdbcClient jdbc;
        private final Duration nearSla;
        private final MultiGauge jobs;
        private final MultiGauge pushes;
        private final MultiGauge incidents;
        private final MultiGauge reviewsNearSla;

        EngineGauges(ManagementService management, JdbcClient jdbc, MeterRegistry registry,
                     @Value("${backops.monitoring.near-sla:PT4H}") Duration nearSla) {
            this.management = management;
            this.jdbc = jdbc;
            this.nearSla = nearSla;
            this.jobs = MultiGauge.builder("camunda.jobs")
                    .description("Engine jobs: due (the job executor's backlog), failing (retrying after an error), "
                            + "dead (no retries left, an incident)").register(registry);
            this.pushes = MultiGauge.builder("backops.kra.pushes")
                    .description("KRA pushes: waiting to run, failing (retrying after an error or given up)")
                    .register(registry);
            this.incidents = MultiGauge.builder("camunda.incidents.open")
                    .description("Open incidents by activity and type").register(registry);
            this.reviewsNearSla = MultiGauge.builder("backops.reviews.near.sla")
                    .description("Pending reviews whose SLA ends within backops.monitoring.near-sla")
                    .register(registry);
        }

        @Scheduled(initialDelay = 0, fixedDelayString = "${backops.monitoring.refresh-interval:PT30S}")
        void refresh() {
            jobs.register(List.of(
                    row("state", "due", management.createJobQuery().executable().count()),
                    row("state", "failing", management.createJobQuery().withException().withRetriesLeft().count()),
                    row("state", "dead", management.createJobQuery().noRetriesLeft().count())), true);
            pushes.register(List.of(
                    row("state", "waiting", management.createJobQuery().activityId(SERVICE_PUSH_KRA)
                            .withRetriesLeft().count()),
                    row("state", "failing", management.createJobQuery().activityId(SERVICE_PUSH_KRA)
                            .withException().count())), true);
            Date soon = Date.from(Instant.now().plus(nearSla));
            reviewsNearSla.register(List.of(MultiGauge.Row.of(Tags.empty(), management.createJobQuery()
                    .activityId(TIMER_REVIEW_SLA).timers().duedateLowerThan(soon).count())), true);
            incidents.register(jdbc.sql("""
                    select activity_id_, incident_type_, count(*) as n from act_ru_incident
                    group by activity_id_, incident_type_
                    """)
                    .query((rs, n) -> MultiGauge.Row.of(Tags.of("activity", String.valueOf(rs.getString(1)),
                            "type", rs.getString(2)), rs.getLong("n")))
                    .list()
                    .stream().<MultiGauge.Row<?>>map(r -> r).toList(), true);
        }

        private static MultiGauge.Row<?> row(String tag, String value, long count) {
            return MultiGauge.Row.of(Tags.of(tag, value), count);
        }
    }
}
