package org.candour.calendar;

import java.util.List;
import java.util.Map;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@CandourIntegrationTest
class CalendarApiIntegrationTests {

	@Autowired
	Api api;

	@Test
	void usesTheTenantsDivisionUntilItsCalendarIsConfigured() {
		String tenant = this.api.newTenant("pooled");
		this.api.patch("/api/platform/tenants/" + tenant, Map.of("division", "scotland"));
		// 30 November (St Andrew's Day) is a holiday in Scotland only
		assertThat(this.api.get(base(tenant) + "/add?from=2026-11-27&workingDays=1").body().path("due").asString())
			.isEqualTo("2026-12-01");
	}

	@Test
	void appliesTheConfiguredClosureDays() {
		String tenant = this.api.newTenant("pooled");
		this.api.put("/api/tenants/" + tenant + "/config/draft/calendar/working-days",
				Map.of("kind", "calendar", "id", "working-days", "title", "Working days", "spec",
						Map.of("division", "england-and-wales", "cutOffTime", "17:00", "closureDays",
								List.of(Map.of("date", "2026-12-29", "title", "Council closure"),
										Map.of("date", "2026-12-30", "title", "Council closure"),
										Map.of("date", "2026-12-31", "title", "Council closure")))));
		assertThat(this.api.post("/api/tenants/" + tenant + "/config/publish", Map.of()).status()).isEqualTo(201);
		assertThat(this.api.get(base(tenant) + "/add?from=2026-12-24&workingDays=1").body().path("due").asString())
			.isEqualTo("2027-01-04");
		// one calendar month from 29 November is 29 December, a closure day; then 30 and
		// 31 December (closed) and New Year's Day
		assertThat(this.api.get(base(tenant) + "/add?from=2026-11-29&months=1").body().path("due").asString())
			.isEqualTo("2027-01-04");
		assertThat(this.api.get(base(tenant) + "/between?from=2026-12-24&to=2027-01-05")
			.body()
			.path("workingDays")
			.asInt()).isEqualTo(2);
	}

	@Test
	void refusesBadParametersWithAProblemDocument() {
		String tenant = this.api.newTenant("pooled");
		Api.Response bad = this.api.get(base(tenant) + "/add?from=2026-02-30&workingDays=5");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
		assertThat(bad.body().path("errors").get(0).path("pointer").asString()).isEqualTo("/from");
		assertThat(this.api.get(base(tenant) + "/add?from=2026-02-03&workingDays=-1").status()).isEqualTo(400);
		assertThat(this.api.get(base(tenant) + "/add?from=2026-02-03").status()).isEqualTo(400);
	}

	private static String base(String tenant) {
		return "/api/tenants/" + tenant + "/calendar";
	}

}
