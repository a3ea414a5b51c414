/**
 * What the people on call watch: Backops' own gauges ({@code backops_*}) over the work waiting in the database,
 * refreshed in the background so that a Prometheus scrape only reads memory.
 */
package io.backops.monitoring;
