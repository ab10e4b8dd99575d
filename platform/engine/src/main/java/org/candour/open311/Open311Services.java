package org.candour.open311;

import java.util.List;

import org.candour.definition.model.Open311Attribute;
import org.candour.definition.model.Open311Offer;

/** The service list and service definitions as GeoReport v2 shapes them. */
final class Open311Services {

	private Open311Services() {
	}

	static Open311Body.Items list(List<Open311Offer> offers) {
		return new Open311Body.Items("services", "service", offers.stream().map(Open311Services::service).toList());
	}

	private static Open311Body service(Open311Offer offer) {
		return new Open311Body().put("service_code", offer.serviceCode())
			.put("service_name", offer.serviceName())
			.put("description", offer.description())
			.put("metadata", !offer.attributes().isEmpty())
			.put("type", "realtime")
			.put("keywords", String.join(",", offer.keywords()))
			.put("group", offer.group() == null ? "" : offer.group());
	}

	static Open311Body definition(Open311Offer offer) {
		return new Open311Body().put("service_code", offer.serviceCode())
			.put("attributes", new Open311Body.Items("attributes", "attribute",
					offer.attributes().stream().map(Open311Services::attribute).toList()));
	}

	private static Open311Body attribute(Open311Attribute attribute) {
		return new Open311Body().put("variable", true)
			.put("code", attribute.code())
			.put("datatype", attribute.datatype())
			.put("required", attribute.required())
			.put("datatype_description", "")
			.put("order", attribute.order())
			.put("description", attribute.description())
			.put("values",
					new Open311Body.Items("values", "value",
							attribute.values()
								.stream()
								.map(value -> new Open311Body().put("key", value.key()).put("name", value.name()))
								.toList()));
	}

}
