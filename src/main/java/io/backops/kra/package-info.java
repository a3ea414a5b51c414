/**
 * The KRA gateway: pushes accepted applications to a KYC Registration Agency and follows their status, recording
 * every attempt. {@code simulator} holds the CVL-style KRA simulator used by the demo and the tests.
 */
package io.backops.kra;
