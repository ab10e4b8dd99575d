package org.candour.journeys;

import java.util.List;

import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The tenant-owned collection of saved journeys. */
@Configuration(proxyBeanMethods = false)
class SavedAnswersCollection {

	static final String NAME = "savedAnswers";

	@Bean
	TenantCollection savedAnswersTenantCollection() {
		return new TenantCollection(NAME,
				List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
						TenantCollection.index("tenant_browser", "tenantId", SavedAnswers.BROWSER),
						TenantCollection.index("tenant_expiry", "tenantId", SavedAnswers.EXPIRES)));
	}

}
