/**
 * Distributors (AMFI ARN holders) through which applications come, and later the flows assigned to them.
 */
package io.backops.distribution;
