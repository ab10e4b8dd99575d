package org.candour.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.candour.definition.pack.PackCheck;

/**
 * {@code pack validate
 *
<dir>
 * }, {@code pack diff
 *
<dir>
 *  --tenant <t>}, {@code pack deploy
 *
<dir>
 *  --tenant <t> [--create-tenant] [--dry-run]}; options {@code --server <url>} (default
 * {@code http://localhost:8080}) and {@code --token <bearer>} (default:
 * {@code CANDOUR_TOKEN}). Exit codes: 0 ok, 1 problems found, 2 usage.
 */
public final class PackCli {

	static final String USAGE = """
			usage: pack validate <pack-folder>
			       pack diff   <pack-folder> --tenant <tenant> [--server <url>] [--token <token>]
			       pack deploy <pack-folder> --tenant <tenant> [--create-tenant] [--dry-run] [--server <url>] [--token <token>]""";

	private PackCli() {
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length < 2) {
			err.println(USAGE);
			return 2;
		}
		String command = args[0];
		if ("validate".equals(command)) {
			return args.length == 2 ? PackCheck.run(new String[] { args[1] }, out, err) : usage(err);
		}
		if (!"diff".equals(command) && !"deploy".equals(command)) {
			return usage(err);
		}
		Options options = Options.parse(args);
		if (options == null || options.tenant() == null) {
			return usage(err);
		}
		Path folder = Path.of(args[1]).toAbsolutePath().normalize();
		if (!Files.isRegularFile(folder.resolve("manifest.json"))) {
			err.println(folder + " is not a pack folder (no manifest.json)");
			return 2;
		}
		boolean dryRun = "diff".equals(command) || options.dryRun();
		// a diff shows what deploying would do, including creating the tenant
		return new PackUpload(options.server(), options.token(), out, err).send(folder, options.tenant(), dryRun,
				options.createTenant() || "diff".equals(command));
	}

	private static int usage(PrintStream err) {
		err.println(USAGE);
		return 2;
	}

	record Options(String tenant, String server, String token, boolean createTenant, boolean dryRun) {

		static Options parse(String[] args) {
			String tenant = null;
			String server = "http://localhost:8080";
			String token = System.getenv("CANDOUR_TOKEN");
			boolean create = false;
			boolean dry = false;
			List<String> rest = new ArrayList<>(List.of(args).subList(2, args.length));
			while (!rest.isEmpty()) {
				String option = rest.remove(0);
				switch (option) {
					case "--create-tenant" -> create = true;
					case "--dry-run" -> dry = true;
					case "--tenant", "--server", "--token" -> {
						if (rest.isEmpty()) {
							return null;
						}
						String value = rest.remove(0);
						if ("--tenant".equals(option)) {
							tenant = value;
						}
						else if ("--server".equals(option)) {
							server = value;
						}
						else {
							token = value;
						}
					}
					default -> {
						return null;
					}
				}
			}
			return new Options(tenant, server, token, create, dry);
		}

	}

}
