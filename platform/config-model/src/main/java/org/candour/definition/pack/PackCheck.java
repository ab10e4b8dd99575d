package org.candour.definition.pack;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.candour.definition.Schemas;

/**
 * Validates a pack folder offline (no server, no database) and prints each problem as
 * {@code file:pointer code message}. Exit code 0 when deployable, 1 when it has errors, 2
 * for usage mistakes. Base packs are looked up next to the pack's folder.
 */
public final class PackCheck {

	private PackCheck() {
	}

	public static void main(String[] args) {
		System.exit(run(args, System.out, System.err));
	}

	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length != 1) {
			err.println("usage: pack validate <pack-folder>");
			return 2;
		}
		Path folder = Path.of(args[0]).toAbsolutePath().normalize();
		if (!Files.isRegularFile(folder.resolve("manifest.json"))) {
			err.println(folder + " is not a pack folder (no manifest.json)");
			return 2;
		}
		List<PackProblem> problems = check(folder);
		problems
			.forEach(problem -> (problem.error() ? out : err).println((problem.error() ? "" : "warning: ") + problem));
		long errors = problems.stream().filter(PackProblem::error).count();
		out.println(folder.getFileName() + ": " + (errors == 0 ? "valid" : errors + " error(s)") + ", "
				+ (problems.size() - errors) + " warning(s)");
		return errors == 0 ? 0 : 1;
	}

	public static List<PackProblem> check(Path folder) {
		Schemas schemas = new Schemas();
		ResolvedPack pack = new PackLoader(PackRepository.directory(folder.getParent()), schemas)
			.resolve(PackSource.fromDirectory(folder));
		return new PackValidator(schemas).validate(pack);
	}

}
