/**
 * Reports for IT admins and managers: the MIS export (one row per application, streamed as CSV or XLSX whatever
 * the number of rows) and the summary behind the dashboard's analytics. Reads other modules' tables and Camunda's
 * history (the flow and version an application ran) in SQL only, never their Java types beyond their APIs.
 */
package io.backops.reporting;
