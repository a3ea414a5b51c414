package io.backops.application;

/**
 * Something that happened to an application, registered by {@link InvestorApplication} with the transition that
 * made it happen. Each event says how the timeline records it, so the timeline cannot drift from the transitions.
 */
public interface ApplicationEvent {

    String applicationId();

    TimelineEntry timelineEntry();
}
