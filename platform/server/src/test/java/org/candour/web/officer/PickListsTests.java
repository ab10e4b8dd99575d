package org.candour.web.officer;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.candour.config.ConfigVersion;
import org.candour.definition.ConfigDocument;
import org.candour.definition.Schemas;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Compiler;
import org.candour.definition.pack.PackLoader;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The teams officers may give a case to are those that exist on the day: the county's
 * highways teams merged on 1 April 2025.
 */
class PickListsTests {

	private static final OrgUnits COUNTY = OrgUnits.of(version("county-council"));

	@Test
	void teamsARestructureClosedAreNoLongerOffered() {
		assertThat(values(PickLists.teams(COUNTY, LocalDate.of(2025, 3, 31))))
			.contains("highways-north", "highways-south")
			.doesNotContain("highways-maintenance-team");
		assertThat(values(PickLists.teams(COUNTY, LocalDate.of(2025, 4, 1)))).contains("highways-maintenance-team")
			.doesNotContain("highways-north", "highways-south");
	}

	@Test
	void closedUnitsStillNameTheCasesTheyHad() {
		assertThat(COUNTY.name("highways-north")).isEqualTo("Highways North Area");
	}

	private static List<String> values(List<PickLists.Item> items) {
		return items.stream().map(PickLists.Item::value).toList();
	}

	private static ConfigVersion version(String pack) {
		Path folder = Path.of("../../tenant-configs", pack).toAbsolutePath().normalize();
		Schemas schemas = new Schemas();
		List<ConfigDocument> documents = new PackLoader(PackRepository.directory(folder.getParent()), schemas)
			.resolve(PackSource.fromDirectory(folder))
			.documentsWithDefaults();
		CompiledConfiguration model = new Compiler(schemas).compile(documents).configuration();
		return new ConfigVersion(1, model.documents(), "test", Instant.parse("2026-12-02T00:00:00Z"), "", "", "", "",
				null, model);
	}

}
