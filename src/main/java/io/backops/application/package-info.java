/**
 * The investor application: intake and validation, documents, status and decisions, and who may see what.
 */
package io.backops.application;
