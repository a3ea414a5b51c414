/**
 * Demo data for the default profile: users of each role, a distributor and applications waiting for review.
 */
package io.backops.demo;
