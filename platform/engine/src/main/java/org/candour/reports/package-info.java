/**
 * The reporting engine (issue 14, being built): so far the translation of a report's
 * conditions into MongoDB filters on stored cases, using only operators the embedded
 * server supports, so that a report counts exactly the cases the same condition accepts
 * on the case screen. Uses the cases' stored documents and the configuration model.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reports",
		allowedDependencies = { "cases", "definition :: model" })
package org.candour.reports;
