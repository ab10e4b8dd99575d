package org.candour;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.candour.definition.ConfigDocument;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/** Guard rail: modules only use each other's public API, with no cycles. */
class ModularityTests {

	/**
	 * The engine's tests and their support (shared with these tests) are not the
	 * application. Read once for the class: reading the modules takes seconds.
	 */
	private static final ApplicationModules MODULES = ApplicationModules.of(CandourApplication.class,
			DescribedPredicate.describe("engine tests and their support",
					type -> type.getName().matches(".*Tests(\\$.*)?$")
							|| type.getPackageName().startsWith("org.candour.support")));

	private static Package packageOf(String name) {
		try {
			return Class.forName(name + ".package-info").getPackage();
		}
		catch (ClassNotFoundException ex) {
			return null;
		}
	}

	@Test
	void modulesRespectTheirBoundaries() {
		MODULES.verify();
	}

	/**
	 * Every module names the modules it may use, so
	 * {@link #modulesRespectTheirBoundaries()} fails on any new edge nobody declared.
	 */
	@Test
	void everyModuleDeclaresItsAllowedDependencies() {
		MODULES.forEach(module -> {
			Package base = packageOf(module.getBasePackage().getName());
			ApplicationModule declared = base == null ? null : base.getAnnotation(ApplicationModule.class);
			assertThat(declared).as("@ApplicationModule on %s", module.getBasePackage().getName()).isNotNull();
			assertThat(declared.allowedDependencies()).as("allowedDependencies of %s", module.getIdentifier())
				.doesNotContain(ApplicationModule.OPEN_TOKEN);
		});
	}

	/**
	 * Configuration is read through the compiled model: no code outside the configuration
	 * model walks a document's {@code spec} JSON.
	 */
	@Test
	void nothingOutsideTheConfigurationModelReadsADocumentsSpec() {
		JavaClasses application = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("org.candour");
		ArchRuleDefinition.noClasses()
			.that()
			.resideOutsideOfPackage("org.candour.definition..")
			.should()
			.callMethod(ConfigDocument.class, "spec")
			.check(application);
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(MODULES).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
