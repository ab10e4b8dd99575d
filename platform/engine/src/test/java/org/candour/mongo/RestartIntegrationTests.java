package org.candour.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.candour.tenancy.NewTenant;
import org.candour.CandourApplication;
import org.candour.config.ConfigPublisher;
import org.candour.config.ActiveConfigurations;
import org.candour.definition.ConfigDocument;
import org.candour.support.ConfigFixtures;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded default keeps its data in an H2 file that survives a restart. */
class RestartIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void tenantsAndConfigurationSurviveARestart() {
		try (ConfigurableApplicationContext first = start()) {
			TenantManagement tenants = first.getBean(TenantManagement.class);
			var tenant = tenants.create(new NewTenant("restart-council", "Restart Council", "council", "scotland"));
			List<ConfigDocument> documents = ConfigFixtures.documents("minimal")
				.stream()
				.map(ConfigDocument::of)
				.toList();
			TenantContext.runAs(tenant.asCurrent(),
					() -> first.getBean(ConfigPublisher.class).publish(documents, "before restart", null));
		}
		assertThat(Files.exists(this.dataDir.resolve("candour.mv"))).isTrue();

		try (ConfigurableApplicationContext second = start()) {
			var tenant = second.getBean(TenantManagement.class).get("restart-council");
			assertThat(tenant.division()).isEqualTo("scotland");
			var active = TenantContext.callAs(tenant.asCurrent(),
					() -> second.getBean(ActiveConfigurations.class).current().orElseThrow());
			assertThat(active.number()).isEqualTo(1);
			assertThat(active.comment()).isEqualTo("before restart");
			assertThat(active.documents()).hasSize(4);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(CandourApplication.class).run("--server.port=0",
				"--candour.mongodb.embedded.backend=file", "--candour.mongodb.embedded.data-dir=" + this.dataDir,
				"--candour.demo.enabled=false");
	}

}
