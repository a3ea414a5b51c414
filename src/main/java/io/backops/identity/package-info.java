/**
 * Back-office users, their roles and hierarchy (IT admin, manager, reviewer, plus distributor logins), and the
 * security that makes one user store serve the portal, {@code /api}, {@code /engine-rest} and the Camunda webapps.
 */
package io.backops.identity;
