package org.candour.open311;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.candour.support.Api;
import org.candour.support.CandourIntegrationTest;
import org.candour.support.CaseApi;
import org.candour.support.TestClock;
import org.candour.support.TestTenants;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Contract of the Open311 endpoint with FixMyStreet's Open311 client (perllib/Open311.pm
 * and Open311/GetServiceRequestUpdates.pm): the requests it sends, in the shapes it sends
 * them, get the answers it reads, in XML and in JSON. The county pack offers its service
 * requests as the service {@code highways-problem}.
 */
@CandourIntegrationTest
class Open311IntegrationTests {

	private static final String DESCRIPTION = "title:  Pothole outside 12 Mill Lane\n\ndetail: Deep enough to "
			+ "damage a wheel, near the bus stop.\n\nurl: https://fixmystreet.example/report/17\n\n"
			+ "Submitted via FixMyStreet\n";

	@Autowired
	Api api;

	@Autowired
	TestTenants testTenants;

	@Autowired
	TestClock clock;

	String tenant;

	FixMyStreetClient fixMyStreet;

	@BeforeEach
	void countyWithAClient() {
		this.clock.set("2026-12-01T09:00:00Z");
		this.tenant = this.testTenants.withShippedPack("open311", "county-council");
		this.fixMyStreet = new FixMyStreetClient(this.api, this.tenant, newKey(this.tenant), address());
	}

	@Test
	void listsTheOfferedServiceInXmlAndJson() {
		Api.Response xml = this.fixMyStreet.get("services.xml", Map.of());
		assertThat(xml.status()).isEqualTo(200);
		assertThat(xml.header("Content-Type")).startsWith("text/xml");
		assertThat(FixMyStreetClient.xml(xml, "/services/service/service_code")).containsExactly("highways-problem");
		assertThat(FixMyStreetClient.xml(xml, "/services/service/service_name"))
			.containsExactly("Roads, pavements and street lighting problem");
		assertThat(FixMyStreetClient.xml(xml, "/services/service/metadata")).containsExactly("true");
		assertThat(FixMyStreetClient.xml(xml, "/services/service/type")).containsExactly("realtime");
		assertThat(FixMyStreetClient.xml(xml, "/services/service/group")).containsExactly("Highways");
		assertThat(FixMyStreetClient.xml(xml, "/services/service/keywords"))
			.containsExactly("pothole,pavement,street light");

		JsonNode json = this.fixMyStreet.get("services.json", Map.of()).body();
		assertThat(json.isArray()).isTrue();
		assertThat(json.get(0).path("service_code").asString()).isEqualTo("highways-problem");
		assertThat(json.get(0).path("metadata").asBoolean()).isTrue();
		assertThat(json.get(0).path("description").asString()).startsWith("Potholes, damaged pavements");
	}

	@Test
	void definesTheServiceWithTheFormsQuestionsAsAttributes() {
		Api.Response xml = this.fixMyStreet.get("services/highways-problem.xml", Map.of());
		assertThat(xml.status()).isEqualTo(200);
		assertThat(FixMyStreetClient.xml(xml, "/service_definition/service_code")).containsExactly("highways-problem");
		assertThat(FixMyStreetClient.xml(xml, "/service_definition/attributes/attribute/code"))
			.containsExactly("service", "requestType");
		assertThat(FixMyStreetClient.xml(xml, "/service_definition/attributes/attribute[code='service']/datatype"))
			.containsExactly("singlevaluelist");
		assertThat(FixMyStreetClient.xml(xml, "/service_definition/attributes/attribute[code='service']/required"))
			.containsExactly("true");
		assertThat(FixMyStreetClient.xml(xml, "/service_definition/attributes/attribute[code='service']/variable"))
			.containsExactly("true");
		assertThat(FixMyStreetClient.xml(xml,
				"/service_definition/attributes/attribute[code='service']/values/value[key='highways']/name"))
			.containsExactly("Roads, pavements and street lighting");
		assertThat(FixMyStreetClient.xml(xml, "/service_definition/attributes/attribute/order")).containsExactly("1",
				"2");

		JsonNode json = this.fixMyStreet.get("services/highways-problem.json", Map.of()).body();
		assertThat(json.path("service_code").asString()).isEqualTo("highways-problem");
		assertThat(json.path("attributes").get(1).path("code").asString()).isEqualTo("requestType");
		assertThat(json.path("attributes").get(1).path("description").asString())
			.isEqualTo("What would you like to do?");
		assertThat(json.path("attributes").get(1).path("values").get(0).path("key").asString())
			.isEqualTo("report-problem");
	}

	@Test
	void aRequestFixMyStreetPostsBecomesACaseInTheTeamsQueue() {
		Api.Response posted = this.fixMyStreet.post("requests.xml", pothole());

		assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
		List<String> ids = FixMyStreetClient.xml(posted, "/service_requests/request/service_request_id");
		assertThat(ids).singleElement().asString().matches("SR-2026-\\d{6}");
		assertThat(FixMyStreetClient.xml(posted, "/service_requests/request/service_notice"))
			.containsExactly("We have received your request");
		assertThat(FixMyStreetClient.xml(posted, "/service_requests/request/account_id")).containsExactly("");

		String reference = ids.get(0);
		JsonNode logged = cases().read(reference);
		assertThat(logged.path("feedbackType").asString()).isEqualTo("service-request");
		assertThat(logged.path("channel").asString()).isEqualTo("web");
		assertThat(logged.path("data").path("details").asString()).isEqualTo(DESCRIPTION.strip());
		assertThat(logged.path("data").path("summary").asString()).isEqualTo("title:  Pothole outside 12 Mill Lane");
		assertThat(logged.path("data").path("latitude").asDouble()).isEqualTo(52.0405);
		assertThat(logged.path("data").path("longitude").asDouble()).isEqualTo(-0.7594);
		assertThat(logged.path("data").path("location").asString()).isEqualTo("12 Mill Lane, Northby");
		assertThat(logged.path("data").path("photoUrl").asString())
			.isEqualTo("https://fixmystreet.example/photo/17.jpeg");
		assertThat(logged.path("data").path("service").asString()).isEqualTo("highways");
		assertThat(logged.path("data").has("email")).as("contact details are kept in the people part").isFalse();
		JsonNode people = this.api.get(cases().base() + "/" + reference + "/people").body().path("contact");
		assertThat(people.path("name").asString()).isEqualTo("Alex Resident");
		assertThat(people.path("email").asString()).isEqualTo("alex@example.org");
		assertThat(people.path("phone").asString()).isEqualTo("01632 960 001");

		JsonNode queue = this.api
			.get("/api/tenants/" + this.tenant + "/cases?orgUnit=contact-centre-team&open=true&unassigned=true")
			.body();
		assertThat(queue.path("content").findValuesAsString("reference")).contains(reference);
	}

	@Test
	void answersAPostInJsonWhenAskedForJson() {
		Api.Response posted = this.fixMyStreet.post("requests.json", pothole());

		assertThat(posted.status()).isEqualTo(201);
		assertThat(posted.body().isArray()).isTrue();
		assertThat(posted.body().get(0).path("service_request_id").asString()).startsWith("SR-2026-");
		assertThat(posted.body().get(0).path("service_notice").asString()).isEqualTo("We have received your request");
	}

	@Test
	void readsARequestAndListsRequestsByIdDateServiceAndStatus() {
		String first = reference(this.fixMyStreet.post("requests.xml", pothole()));
		this.clock.set("2026-12-02T09:00:00Z");
		String second = reference(this.fixMyStreet.post("requests.xml", pothole()));
		cases().acted(second, "start-work", Map.of());

		Api.Response one = this.fixMyStreet.get("requests/" + first + ".xml", Map.of());
		assertThat(one.status()).isEqualTo(200);
		assertThat(FixMyStreetClient.xml(one, "/service_requests/request/service_request_id")).containsExactly(first);
		assertThat(FixMyStreetClient.xml(one, "/service_requests/request/status")).containsExactly("open");
		assertThat(FixMyStreetClient.xml(one, "/service_requests/request/service_code"))
			.containsExactly("highways-problem");
		assertThat(FixMyStreetClient.xml(one, "/service_requests/request/requested_datetime"))
			.containsExactly("2026-12-01T09:00:00Z");
		assertThat(FixMyStreetClient.xml(one, "/service_requests/request/lat")).containsExactly("52.0405");
		assertThat(FixMyStreetClient.xml(one, "/service_requests/request/address"))
			.containsExactly("12 Mill Lane, Northby");
		JsonNode json = this.fixMyStreet.get("requests/" + first + ".json", Map.of()).body();
		assertThat(json.get(0).path("description").asString()).isEqualTo(DESCRIPTION.strip());
		assertThat(json.get(0).path("expected_datetime").asString()).isNotEmpty();

		assertThat(FixMyStreetClient.xml(
				this.fixMyStreet.get("requests.xml", Map.of("service_request_id", second + "," + first)),
				"/service_requests/request/service_request_id"))
			.containsExactly(second, first);
		assertThat(ids(this.fixMyStreet.get("requests.json",
				Map.of("start_date", "2026-12-02T00:00:00Z", "end_date", "2026-12-03T00:00:00+00:00"))))
			.containsExactly(second);
		assertThat(ids(this.fixMyStreet.get("requests.json", Map.of("service_code", "highways-problem"))))
			.containsExactly(second, first);
		assertThat(ids(this.fixMyStreet.get("requests.json", Map.of("service_code", "street-cleaning")))).isEmpty();
	}

	@Test
	void stateChangesAppearInServiceRequestUpdatesWithTheSameIdsEachPoll() {
		String reference = reference(this.fixMyStreet.post("requests.xml", pothole()));
		this.clock.set("2026-12-01T11:00:00Z");
		cases().acted(reference, "start-work", Map.of());
		this.clock.set("2026-12-02T15:30:00Z");
		cases().acted(reference, "complete",
				Map.of("decision", "completed", "responseDate", "2026-12-02", "classification", "road-defect"));
		this.clock.set("2026-12-02T16:00:00Z");

		Map<String, String> lastTwoDays = Map.of("start_date", "2026-12-01T00:00:00Z", "end_date",
				"2026-12-02T16:00:00Z", "api_key", "sent-by-fixmystreet");
		Api.Response xml = this.fixMyStreet.get("servicerequestupdates.xml", lastTwoDays);
		assertThat(xml.status()).as(xml.body().toString()).isEqualTo(200);
		String updates = "/service_requests_updates/request_update";
		assertThat(FixMyStreetClient.xml(xml, updates + "/service_request_id")).containsExactly(reference, reference);
		assertThat(FixMyStreetClient.xml(xml, updates + "/status")).containsExactly("in_progress", "closed");
		assertThat(FixMyStreetClient.xml(xml, updates + "/updated_datetime")).containsExactly("2026-12-01T11:00:00Z",
				"2026-12-02T15:30:00Z");
		assertThat(FixMyStreetClient.xml(xml, updates + "/description"))
			.containsExactly("We are dealing with your request", "Your request is closed");
		List<String> updateIds = FixMyStreetClient.xml(xml, updates + "/update_id");
		assertThat(updateIds).doesNotHaveDuplicates().hasSize(2);
		assertThat(FixMyStreetClient.xml(this.fixMyStreet.get("servicerequestupdates.xml", lastTwoDays),
				updates + "/update_id"))
			.as("polling again gives the same update ids")
			.isEqualTo(updateIds);

		JsonNode lastHours = this.fixMyStreet
			.get("servicerequestupdates.json",
					Map.of("start_date", "2026-12-02T14:00:00Z", "end_date", "2026-12-02T16:00:00Z"))
			.body();
		assertThat(lastHours.size()).isEqualTo(1);
		assertThat(lastHours.get(0).path("update_id").asString()).isEqualTo(updateIds.get(1));
		assertThat(lastHours.get(0).path("status").asString()).isEqualTo("closed");
		assertThat(lastHours.get(0).has("media_url")).isTrue();

		assertThat(FixMyStreetClient.xml(this.fixMyStreet.get("requests/" + reference + ".xml", Map.of()),
				"/service_requests/request/status"))
			.containsExactly("closed");
	}

	@Test
	void postingNeedsAWorkingKeyOfThisCouncil() {
		FixMyStreetClient noKey = new FixMyStreetClient(this.api, this.tenant, null, address());
		assertForbidden(noKey.post("requests.xml", pothole()));
		FixMyStreetClient wrongKey = new FixMyStreetClient(this.api, this.tenant, "o311_guessed", address());
		assertForbidden(wrongKey.post("requests.xml", pothole()));

		String otherTenant = this.testTenants.withShippedPack("open311-other", "county-council");
		FixMyStreetClient otherCouncilsKey = new FixMyStreetClient(this.api, this.tenant, newKey(otherTenant),
				address());
		assertForbidden(otherCouncilsKey.post("requests.xml", pothole()));
		FixMyStreetClient ownKeyElsewhere = new FixMyStreetClient(this.api, otherTenant, newKey(this.tenant),
				address());
		assertForbidden(ownKeyElsewhere.post("requests.xml", pothole()));

		JsonNode clients = this.api.get("/api/tenants/" + this.tenant + "/open311/clients").body();
		assertThat(clients.findValuesAsString("key")).as("keys are shown once, never listed").isEmpty();
	}

	@Test
	void aRevokedKeyNoLongerPosts() {
		String key = newKey(this.tenant);
		FixMyStreetClient client = new FixMyStreetClient(this.api, this.tenant, key, address());
		assertThat(client.post("requests.json", pothole()).status()).isEqualTo(201);
		JsonNode clients = this.api.get("/api/tenants/" + this.tenant + "/open311/clients").body();
		for (JsonNode each : clients) {
			this.api.delete("/api/tenants/" + this.tenant + "/open311/clients/" + each.path("id").asString());
		}
		assertForbidden(client.post("requests.xml", pothole()));
		assertThat(this.api.get("/api/tenants/" + this.tenant + "/open311/clients")
			.body()
			.get(0)
			.path("revokedAt")
			.isNull()).isFalse();
	}

	@Test
	void refusesBadRequestsInOpen311sErrorShape() {
		Api.Response unknownService = this.fixMyStreet.post("requests.xml", with(pothole(), "service_code", "litter"));
		assertThat(unknownService.status()).isEqualTo(400);
		assertThat(FixMyStreetClient.xml(unknownService, "/errors/error/code")).containsExactly("400");
		assertThat(FixMyStreetClient.xml(unknownService, "/errors/error/description").get(0)).contains("service_code");

		Api.Response noDescription = this.fixMyStreet.post("requests.json", with(pothole(), "description", ""));
		assertThat(noDescription.status()).isEqualTo(400);
		assertThat(noDescription.body().get(0).path("description").asString()).startsWith("description");

		Api.Response badLatitude = this.fixMyStreet.post("requests.json", with(pothole(), "lat", "north"));
		assertThat(badLatitude.status()).isEqualTo(400);
		assertThat(badLatitude.body().get(0).path("description").asString()).startsWith("lat");

		Api.Response nowhere = this.fixMyStreet.post("requests.json",
				with(with(with(pothole(), "lat", ""), "long", ""), "address_string", ""));
		assertThat(nowhere.status()).isEqualTo(400);

		Api.Response nameless = this.fixMyStreet.post("requests.xml",
				with(with(pothole(), "first_name", ""), "last_name", ""));
		assertThat(nameless.status()).isEqualTo(400);
		assertThat(FixMyStreetClient.xml(nameless, "/errors/error/description").get(0))
			.startsWith("first_name, last_name");

		Api.Response badChoice = this.fixMyStreet.post("requests.json", with(pothole(), "attribute[service]", "moon"));
		assertThat(badChoice.status()).isEqualTo(400);
		assertThat(badChoice.body().get(0).path("description").asString()).startsWith("attribute[service]");

		Api.Response unknownRequest = this.fixMyStreet.get("requests/SR-2026-999999.json", Map.of());
		assertThat(unknownRequest.status()).isEqualTo(404);
		assertThat(unknownRequest.body().get(0).path("code").asInt()).isEqualTo(404);

		Api.Response unknownCouncil = new FixMyStreetClient(this.api, "no-such-council", null, address())
			.get("services.xml", Map.of());
		assertThat(unknownCouncil.status()).isEqualTo(404);
		assertThat(FixMyStreetClient.xml(unknownCouncil, "/errors/error/code")).containsExactly("404");

		Api.Response badDate = this.fixMyStreet.get("servicerequestupdates.xml", Map.of("start_date", "yesterday"));
		assertThat(badDate.status()).isEqualTo(400);
		assertThat(FixMyStreetClient.xml(badDate, "/errors/error/description").get(0)).startsWith("start_date");

		assertThat(this.fixMyStreet.get("services/litter.xml", Map.of()).status()).isEqualTo(404);
		assertThat(this.fixMyStreet.get("services.csv", Map.of()).status()).isEqualTo(404);
	}

	@Test
	void aSessionlessPostNeedsNoCsrfTokenAndStartsNoSession() {
		Api.Response posted = this.fixMyStreet.post("requests.xml", pothole());

		assertThat(posted.status()).isEqualTo(201);
		assertThat(posted.header("Set-Cookie")).isNull();
	}

	private void assertForbidden(Api.Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(403);
		assertThat(FixMyStreetClient.xml(response, "/errors/error/code")).containsExactly("403");
		assertThat(FixMyStreetClient.xml(response, "/errors/error/description").get(0)).startsWith("api_key");
	}

	private CaseApi cases() {
		return new CaseApi(this.api, this.tenant);
	}

	private String newKey(String tenant) {
		Api.Response created = this.api.post("/api/tenants/" + tenant + "/open311/clients",
				Map.of("name", "FixMyStreet"));
		assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
		return created.body().path("key").asString();
	}

	private static String reference(Api.Response posted) {
		assertThat(posted.status()).as(posted.body().toString()).isEqualTo(201);
		return FixMyStreetClient.xml(posted, "/service_requests/request/service_request_id").get(0);
	}

	private static List<String> ids(Api.Response response) {
		assertThat(response.status()).as(response.body().toString()).isEqualTo(200);
		return response.body().findValuesAsString("service_request_id");
	}

	private static String address() {
		return "198.51.100." + (1 + Math.floorMod(UUID.randomUUID().hashCode(), 250));
	}

	/** What FixMyStreet's client sends for a report: the parameters in its order. */
	private static List<Map.Entry<String, String>> pothole() {
		List<Map.Entry<String, String>> parameters = new ArrayList<>();
		parameters.add(Map.entry("service_code", "highways-problem"));
		parameters.add(Map.entry("lat", "52.0405"));
		parameters.add(Map.entry("long", "-0.7594"));
		parameters.add(Map.entry("address_string", "12 Mill Lane, Northby"));
		parameters.add(Map.entry("email", "alex@example.org"));
		parameters.add(Map.entry("description", DESCRIPTION));
		parameters.add(Map.entry("first_name", "Alex"));
		parameters.add(Map.entry("last_name", "Resident"));
		parameters.add(Map.entry("phone", "01632 960 001"));
		parameters.add(Map.entry("media_url", "https://fixmystreet.example/photo/17.jpeg"));
		parameters.add(Map.entry("attribute[service]", "highways"));
		parameters.add(Map.entry("attribute[requestType]", "report-problem"));
		return parameters;
	}

	private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> parameters, String name,
			String value) {
		List<Map.Entry<String, String>> changed = new ArrayList<>();
		parameters.forEach(entry -> changed.add(entry.getKey().equals(name) ? Map.entry(name, value) : entry));
		return changed;
	}

}
