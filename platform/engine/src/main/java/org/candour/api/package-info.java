/**
 * HTTP API conventions shared by every module: RFC 9457 problem documents with an
 * {@code errors} array of {@code {pointer, code, message}}, and the exceptions that
 * produce them; which refusals are error pages instead
 * ({@link org.candour.api.ErrorFormats}), and the servlet error dispatch that renders
 * both. Uses no other Candour module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API conventions",
		allowedDependencies = { "definition", "definition :: model" })
package org.candour.api;
