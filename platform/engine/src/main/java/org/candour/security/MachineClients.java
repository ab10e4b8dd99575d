package org.candour.security;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Component;

/**
 * Which member ids are machine clients rather than people. A client credentials token's
 * subject is its client id, so a script client can be given tenant roles like a person;
 * pick-lists of people leave it out. Known clients: the embedded authorization server's
 * script client ({@code candour.security.bootstrap.client-id}, {@code candour-cli} by
 * default, a reserved id whether or not the server runs here) and any other client that
 * server has registered.
 */
@Component
public class MachineClients {

	private final String scriptClient;

	private final ObjectProvider<RegisteredClientRepository> registered;

	MachineClients(SecuritySettings settings, ObjectProvider<RegisteredClientRepository> registered) {
		this.scriptClient = settings.bootstrap().clientId();
		this.registered = registered;
	}

	public boolean isMachine(String user) {
		if (user == null || user.equals(this.scriptClient)) {
			return true;
		}
		RegisteredClientRepository clients = this.registered.getIfAvailable();
		return clients != null && clients.findByClientId(user) != null;
	}

}
