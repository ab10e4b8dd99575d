/**
 * The configuration-pack command line: {@code pack validate} works offline;
 * {@code pack diff} and {@code pack deploy} send the pack (with its base packs) to a
 * running Candour server. Uses the definition model only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Command line",
		allowedDependencies = { "definition", "definition :: model", "definition :: pack" })
package org.candour.cli;
