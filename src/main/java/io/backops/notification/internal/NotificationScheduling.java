package io.backops.notification.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The outbox is read on a schedule (see {@link OutboxSender}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NotificationScheduling {
}
