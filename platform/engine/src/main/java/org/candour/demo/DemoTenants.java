package org.candour.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.candour.demo.synthetic.SyntheticAftercare;
import org.candour.demo.synthetic.SyntheticCases;
import org.candour.demo.synthetic.SyntheticQa;
import org.candour.imports.ImportMappingManagement;
import org.candour.mongo.EmbeddedDefault;
import org.candour.packs.PackDeployment;
import org.candour.tenancy.Tenant;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Creates the demo tenants once, from their packs, then fills them with synthetic cases
 * in the background so the server is ready at once.
 */
@Component
class DemoTenants {

	private static final Logger log = LoggerFactory.getLogger(DemoTenants.class);

	private final DemoSettings settings;

	private final Environment environment;

	private final TenantManagement tenants;

	private final PackDeployment packs;

	private final SyntheticCases synthetic;

	private final SyntheticAftercare aftercare;

	private final SyntheticQa qa;

	private final ImportMappingManagement importMappings;

	DemoTenants(DemoSettings settings, Environment environment, TenantManagement tenants, PackDeployment packs,
			SyntheticCases synthetic, SyntheticAftercare aftercare, SyntheticQa qa,
			ImportMappingManagement importMappings) {
		this.settings = settings;
		this.environment = environment;
		this.tenants = tenants;
		this.packs = packs;
		this.synthetic = synthetic;
		this.aftercare = aftercare;
		this.qa = qa;
		this.importMappings = importMappings;
	}

	@EventListener(ApplicationReadyEvent.class)
	void createMissing() {
		boolean enabled = this.settings.enabled() != null ? this.settings.enabled()
				: EmbeddedDefault.isActive(this.environment);
		log.debug("Demo tenants {}", enabled ? "enabled" : "disabled");
		if (!enabled) {
			return;
		}
		Thread creator = new Thread(this::createAndFill, "demo-data");
		creator.setDaemon(true);
		creator.start();
	}

	/**
	 * Runs after start-up, so the server is ready at once and the demo tenants appear
	 * within seconds.
	 */
	private void createAndFill() {
		Map<Tenant, String> created = new LinkedHashMap<>();
		new TreeMap<>(this.settings.tenantsOrDefault()).forEach((tenant, pack) -> {
			if (this.tenants.find(tenant).isEmpty()) {
				try {
					this.packs.deployShipped(tenant, pack, true);
					created.put(this.tenants.get(tenant), pack);
				}
				catch (RuntimeException ex) {
					log.warn("Demo tenant {} (pack {}) could not be created: {}", tenant, pack, ex.getMessage());
				}
			}
		});
		created.forEach(this::fill);
	}

	private void fill(Tenant tenant, String pack) {
		try {
			TenantContext.runAs(tenant.asCurrent(), () -> this.importMappings.saveShipped(pack));
		}
		catch (RuntimeException ex) {
			log.warn("The shipped import mapping for demo tenant {} could not be saved: {}", tenant.id(),
					ex.getMessage());
		}
		try {
			int cases = TenantContext.callAs(tenant.asCurrent(), () -> this.synthetic
				.generate(this.settings.casesPerTenant(), this.settings.seed() + tenant.id().hashCode()));
			log.info("Demo tenant {} created from pack {} with {} synthetic cases", tenant.id(), pack, cases);
			try {
				TenantContext.callAs(tenant.asCurrent(),
						() -> this.aftercare.generate(this.settings.seed() + tenant.id().hashCode()));
			}
			catch (RuntimeException ex) {
				log.warn("Learning, remedies and risk assessments for demo tenant {} could not be generated: {}",
						tenant.id(), ex.getMessage());
			}
			int scores = TenantContext.callAs(tenant.asCurrent(),
					() -> this.qa.generate(this.settings.seed() + tenant.id().hashCode()));
			log.info("Demo tenant {} sampled for quality assurance, {} scores given", tenant.id(), scores);
		}
		catch (RuntimeException ex) {
			log.warn("Synthetic cases for demo tenant {} could not be generated: {}", tenant.id(), ex.getMessage());
		}
	}

}
