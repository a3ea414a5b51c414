/**
 * The BPMN side of onboarding: deploys the flows with their forms, starts a flow per submitted application, assigns
 * reviewers in turn, and holds the delegates and listeners the flows call. Camunda types stay inside this module.
 */
package io.backops.review;
