package io.backops.monitoring.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The gauges are refreshed on a schedule (see {@link BacklogGauges}), whatever other modules switch on. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MonitoringScheduling {
}
