package org.candour.imports;

import java.util.List;
import java.util.Optional;

import org.candour.api.Refusal;
import org.candour.config.ActiveConfigurations;

import org.springframework.stereotype.Service;

/**
 * Saves and finds the tenant's import mappings; a mapping is saved only when it fits the
 * active configuration ({@link MappingCheck}).
 */
@Service
public class ImportMappingManagement {

	private final ImportMappings mappings;

	private final ActiveConfigurations configurations;

	ImportMappingManagement(ImportMappings mappings, ActiveConfigurations configurations) {
		this.mappings = mappings;
		this.configurations = configurations;
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

	public Optional<ImportMapping> find(String id) {
		return this.mappings.find(id);
	}

	public List<ImportMapping> all() {
		return this.mappings.all();
	}

}
