package org.candour;

import com.tngtech.archunit.base.DescribedPredicate;
import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Guard rail: modules only use each other's public API, with no cycles. */
class ModularityTests {

	/**
	 * The engine's tests and their support (shared with these tests) are not the
	 * application.
	 */
	private final ApplicationModules modules = ApplicationModules.of(CandourApplication.class,
			DescribedPredicate.describe("engine tests and their support",
					type -> type.getName().matches(".*Tests(\\$.*)?$")
							|| type.getPackageName().startsWith("org.candour.support")));

	@Test
	void modulesRespectTheirBoundaries() {
		this.modules.verify();
	}

	@Test
	void writesModuleDocumentation() {
		new Documenter(this.modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
