/**
 * The web UI where the back office works. For now a start page that leads to Tasklist, Cockpit and the API.
 */
package io.backops.portal;
