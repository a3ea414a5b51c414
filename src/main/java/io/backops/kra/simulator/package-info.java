/**
 * A simulator of a CVL-style KRA API (docs/kra-simulator.md), mounted under {@code /kra-sim}, so that the demo and the
 * tests talk real HTTP to something that behaves like a KRA without needing one. Its one public type,
 * {@link io.backops.kra.simulator.KraSimulatorApplication}, starts it on its own.
 */
@org.springframework.modulith.NamedInterface("simulator")
package io.backops.kra.simulator;
