package org.candour.support;

import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Case endpoints of one tenant, for readable tests. */
public final class CaseApi {

	private final Api api;

	private final String tenant;

	public CaseApi(Api api, String tenant) {
		this.api = api;
		this.tenant = tenant;
	}

	public Api.Response log(Map<String, Object> body) {
		return this.api.post(base(), body);
	}

	public JsonNode logged(Map<String, Object> body) {
		Api.Response response = log(body);
		if (response.status() != 201) {
			throw new IllegalStateException("Not logged: " + response.body());
		}
		return response.body();
	}

	public Api.Response act(String reference, String action, Map<String, Object> inputs) {
		return this.api.post(base() + "/" + reference + "/actions/" + action, Map.of("inputs", inputs));
	}

	public JsonNode acted(String reference, String action, Map<String, Object> inputs) {
		Api.Response response = act(reference, action, inputs);
		if (response.status() != 200) {
			throw new IllegalStateException(action + " refused: " + response.status() + " " + response.body());
		}
		return response.body();
	}

	public JsonNode read(String reference) {
		return this.api.get(base() + "/" + reference).body();
	}

	public Api.Response get(String path) {
		return this.api.get(base() + path);
	}

	public static String due(JsonNode feedbackCase, String clock) {
		for (JsonNode c : feedbackCase.path("clocks")) {
			if (c.path("id").asString().equals(clock)) {
				return c.path("dueDate").asString();
			}
		}
		return null;
	}

	public static String linked(JsonNode feedbackCase, String relation) {
		for (JsonNode link : feedbackCase.path("links")) {
			if (link.path("relation").asString().equals(relation)) {
				return link.path("reference").asString();
			}
		}
		return null;
	}

	public static String status(JsonNode feedbackCase, String clock) {
		for (JsonNode c : feedbackCase.path("clocks")) {
			if (c.path("id").asString().equals(clock)) {
				return c.path("status").asString();
			}
		}
		return null;
	}

	public String base() {
		return "/api/tenants/" + this.tenant + "/cases";
	}

}
