package org.candour.open311;

import java.util.List;

import org.candour.config.ActiveConfigurations;
import org.candour.definition.model.Open311Offer;

import org.springframework.stereotype.Component;

/** The services the current tenant's active configuration offers. */
@Component
class Open311Catalogue {

	private final ActiveConfigurations configurations;

	Open311Catalogue(ActiveConfigurations configurations) {
		this.configurations = configurations;
	}

	List<Open311Offer> offers() {
		return this.configurations.current().map(version -> Open311Offer.all(version.model())).orElse(List.of());
	}

	java.util.Optional<Open311Offer> find(String serviceCode) {
		return offers().stream().filter(offer -> offer.serviceCode().equals(serviceCode)).findFirst();
	}

	/** The service with this code; 404 when there is none. */
	Open311Offer offer(String serviceCode) {
		return find(serviceCode)
			.orElseThrow(() -> Open311Failure.notFound("service_code: no service '" + serviceCode + "'"));
	}

}
