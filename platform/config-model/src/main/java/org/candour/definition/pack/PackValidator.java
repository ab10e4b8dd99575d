package org.candour.definition.pack;

import java.util.ArrayList;
import java.util.List;

import org.candour.definition.ConfigSetValidator;
import org.candour.definition.Problem;
import org.candour.definition.Schemas;
import org.candour.definition.ValidationReport;

/**
 * Validates a resolved pack as it would be deployed: loading problems, then every
 * document's meta-schema and the cross-references, each named by the file it came from.
 */
public final class PackValidator {

	private final ConfigSetValidator documents;

	public PackValidator(Schemas schemas) {
		this.documents = new ConfigSetValidator(schemas);
	}

	public List<PackProblem> validate(ResolvedPack pack) {
		List<PackProblem> problems = new ArrayList<>(pack.problems());
		ValidationReport report = this.documents.validate(pack.documents());
		report.errors().forEach(problem -> problems.add(named(pack, problem, true)));
		report.warnings().forEach(problem -> problems.add(named(pack, problem, false)));
		return problems;
	}

	public static boolean hasErrors(List<PackProblem> problems) {
		return problems.stream().anyMatch(PackProblem::error);
	}

	private static PackProblem named(ResolvedPack pack, Problem problem, boolean error) {
		String file = pack.origins().getOrDefault(problem.document(), pack.id() + "/" + PackLoader.MANIFEST);
		return new PackProblem(file, problem.pointer(), problem.code(), problem.message(), error);
	}

}
