/**
 * Notifications: emails to investors (accept, reject, redo) and to managers (escalations), and signed status
 * callbacks to distributors. Each is written to an outbox in the transaction of the change it announces and sent
 * afterwards, retried with backoff, with a delivery log per application.
 */
package io.backops.notification;
