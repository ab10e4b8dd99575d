/**
 * Refusals and HTTP API conventions shared by every module: the domain
 * {@link org.candour.api.Refusal} services throw (malformed, not found, not allowed,
 * stale, rules broken with the JSON pointer of each violation), rendered in one handler
 * as RFC 9457 problem documents with an {@code errors} array of {@code {pointer, code,
 * message}}; which refusals are error pages instead
 * ({@link org.candour.api.ErrorFormats}), and the servlet error dispatch that renders
 * both. Uses no other Candour module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API conventions",
		allowedDependencies = { "definition", "definition :: model" })
package org.candour.api;
