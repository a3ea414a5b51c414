/**
 * Bulk actions for managers and admins: reassign, re-push or annotate many applications in one request, each item
 * through the very service and rules of the single action, each with its own outcome.
 */
package io.backops.bulk;
