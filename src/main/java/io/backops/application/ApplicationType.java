package io.backops.application;

/** What an application asks of the KRA: a new KYC record, or a change to one the KRA already holds. */
public enum ApplicationType {
    NEW, MODIFY
}
