package org.candour.open311;

import org.springframework.stereotype.Component;

/**
 * Who may use the endpoint: POSTing a request needs the {@code api_key} of a working
 * client of this tenant (403 otherwise, also for another tenant's key); reading requests
 * and updates needs one only when {@code candour.open311.reads-need-key} is set.
 */
@Component
class Open311Access {

	private final Open311Clients clients;

	private final Open311Settings settings;

	Open311Access(Open311Clients clients, Open311Settings settings) {
		this.clients = clients;
		this.settings = settings;
	}

	Open311Client poster(Open311Parameters parameters) {
		return this.clients.withKey(parameters.first("api_key"))
			.orElseThrow(() -> Open311Failure.forbidden("api_key: give the key of a client of this council"));
	}

	void reader(Open311Parameters parameters) {
		if (this.settings.readsNeedKey()) {
			poster(parameters);
		}
	}

}
