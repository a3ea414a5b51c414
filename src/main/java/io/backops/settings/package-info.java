/**
 * Product settings an IT admin edits while Backops runs (docs/api.md): grants, the classification map, decision
 * reasons, email templates, the review SLA and holidays, KRA priority and retry cycle. The configuration gives the
 * first values; a saved change wins from then on, on every node, and is audited with before and after.
 */
package io.backops.settings;
