package io.backops.distribution;

/**
 * Which flows are deployed, so that a distributor is only ever given one that exists. Implemented by the module
 * that owns the engine; this module must not know the engine.
 */
public interface FlowCatalog {

    /** Whether a flow with this key is deployed, in this version ({@code null}: any version). */
    boolean exists(String flowKey, Integer version);
}
