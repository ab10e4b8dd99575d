package org.candour.surveys;

import java.util.List;

import org.candour.tenancy.TenantCollection;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The tenant-owned collections of the service survey: the survey answers, the equality
 * monitoring answers (each apart from the other and from the case), and the receipts that
 * say a case has answered (so it answers once), which name the case and nothing it
 * answered.
 */
@Configuration(proxyBeanMethods = false)
class SurveyCollections {

	static final String SURVEY_ANSWERS = "survey_answers";

	static final String EQUALITY_ANSWERS = "equality_answers";

	static final String RECEIPTS = "survey_receipts";

	@Bean
	TenantCollection surveyAnswersCollection() {
		return new TenantCollection(SURVEY_ANSWERS, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
				TenantCollection.index("tenant_month", "tenantId", "monthClosed")));
	}

	@Bean
	TenantCollection equalityAnswersCollection() {
		return new TenantCollection(EQUALITY_ANSWERS, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id"),
				TenantCollection.index("tenant_month", "tenantId", "month")));
	}

	@Bean
	TenantCollection surveyReceiptsCollection() {
		return new TenantCollection(RECEIPTS, List.of(TenantCollection.unique("tenant_id", "tenantId", "_id")));
	}

}
