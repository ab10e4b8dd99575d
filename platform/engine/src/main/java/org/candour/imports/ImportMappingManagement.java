package org.candour.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.candour.api.Refusal;
import org.candour.config.ActiveConfigurations;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import org.springframework.stereotype.Service;

/**
 * Saves and finds the tenant's import mappings; a mapping is saved only when it fits the
 * active configuration ({@link MappingCheck}).
 */
@Service
public class ImportMappingManagement {

	private final ImportMappings mappings;

	/**
	 * The shipped samples' folder on the class path (the server's, from tenant-configs).
	 */
	private static final String SAMPLES = "candour/packs/samples/";

	/** Each shipped mapping and the pack its sample was made for. */
	private static final Map<String, String> SHIPPED_FOR = Map.of("legacy-complaints", "county-council");

	private final ActiveConfigurations configurations;

	private final JsonMapper json;

	ImportMappingManagement(ImportMappings mappings, ActiveConfigurations configurations, JsonMapper json) {
		this.mappings = mappings;
		this.configurations = configurations;
		this.json = json;
	}

	/**
	 * @throws Refusal with a problem at the pointer of each part of the mapping that does
	 * not fit
	 */
	public ImportMapping save(ImportMapping mapping) {
		var problems = MappingCheck.problems(mapping, this.configurations.require().model());
		if (!problems.isEmpty()) {
			throw Refusal.rulesBroken("The mapping does not fit the configuration", problems);
		}
		this.mappings.save(mapping);
		return mapping;
	}

	/**
	 * Saves the shipped mappings of the samples made for a pack
	 * ({@code tenant-configs/samples/*.mapping.json} whose feedback type the tenant has);
	 * none when the server is run without the shipped samples on its class path.
	 * @param pack the pack the tenant was made from
	 */
	public void saveShipped(String pack) {
		try {
			for (Resource resource : new PathMatchingResourcePatternResolver()
				.getResources("classpath*:" + SAMPLES + "*.mapping.json")) {
				ImportMapping mapping = this.json.readValue(resource.getContentAsByteArray(), ImportMapping.class);
				if (SHIPPED_FOR.getOrDefault(mapping.id(), "").equals(pack)) {
					save(mapping);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public Optional<ImportMapping> find(String id) {
		return this.mappings.find(id);
	}

	public List<ImportMapping> all() {
		return this.mappings.all();
	}

}
