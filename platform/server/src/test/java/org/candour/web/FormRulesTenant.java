package org.candour.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.TenantManagement;

/**
 * A county council with one more feedback type, "problem-report", whose form
 * ({@code packs/form-rules}) uses what the form meta-schema offers for showing and
 * hiding: a page shown only for urgent problems, a text and a question hidden by a
 * postcode (a nested scope), a question shown by a condition on the whole data, a group,
 * a hidden label and help.
 */
final class FormRulesTenant {

	static final String TENANT = "form-rules-county";

	static final String FORM = "/t/" + TENANT + "/feedback/problem-report";

	private FormRulesTenant() {
	}

	static void deploy(PackDeployment deployment, TenantManagement tenants, Path pack) {
		if (tenants.find(TENANT).isPresent()) {
			return;
		}
		try {
			try (Stream<Path> files = Files.list(Path.of("../../tenant-configs/county-council"))) {
				for (Path file : files.toList()) {
					Files.copy(file, pack.resolve(file.getFileName()));
				}
			}
			for (String name : new String[] { "form.rules-form.json", "feedback-type.problem-report.json" }) {
				Files.write(pack.resolve(name),
						FormRulesTenant.class.getResourceAsStream("/packs/form-rules/" + name).readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		deployment.deploy(TENANT, PackSource.fromDirectory(pack),
				PackRepository.directory(Path.of("../../tenant-configs")), false, true);
	}

}
