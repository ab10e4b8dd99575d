package org.candour.definition.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * How a feedback type is offered as a service of the tenant's Open311 GeoReport v2
 * endpoint (its {@code open311}), as written; {@link Open311Offer} resolves it against
 * the form and workflow.
 *
 * @param serviceCode the {@code service_code} clients use
 * @param serviceName the {@code service_name}; {@code null}: from the type's titles
 * @param description the service's description; {@code null}: from the type's summary
 * @param group the group it is listed under, or {@code null}
 * @param keywords words clients may search it by
 * @param fields request parameter ({@code description}, {@code lat}…) → pointer of the
 * case data field it fills
 * @param attributes names of the form's questions offered as attributes, in order
 * @param statuses workflow state → the status {@code servicerequestupdates} reports
 */
public record Open311Service(String serviceCode, String serviceName, String description, String group,
		List<String> keywords, Map<String, String> fields, List<String> attributes, Map<String, String> statuses) {

	public Open311Service {
		keywords = List.copyOf(keywords);
		fields = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fields));
		attributes = List.copyOf(attributes);
		statuses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statuses));
	}

	static Open311Service read(JsonNode open311) {
		if (!open311.isObject()) {
			return null;
		}
		return new Open311Service(Json.text(open311, "serviceCode"), Json.text(open311, "serviceName"),
				Json.text(open311, "description"), Json.text(open311, "group"), Json.strings(open311, "keywords"),
				texts(open311.path("fields")), Json.strings(open311, "attributes"), texts(open311.path("statuses")));
	}

	private static Map<String, String> texts(JsonNode object) {
		Map<String, String> values = new LinkedHashMap<>();
		object.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asString()));
		return values;
	}

}
