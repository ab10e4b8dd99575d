package org.candour.security;

import java.net.InetAddress;

import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Where Candour listens when nobody says: loopback on the embedded default only. */
class LoopbackByDefaultTests {

	@Test
	void listensOnLoopbackOnTheEmbeddedDefault() throws Exception {
		assertThat(addressWith(new MockEnvironment())).isEqualTo(InetAddress.getByName("127.0.0.1"));
	}

	@Test
	void leavesAConfiguredServerAddressToBoot() {
		assertThat(addressWith(new MockEnvironment().withProperty("server.address", "0.0.0.0"))).isNull();
	}

	@Test
	void leavesTheAddressAloneWithAMongoDbUri() {
		assertThat(addressWith(new MockEnvironment().withProperty("candour.mongodb.uri", "mongodb://db/candour")))
			.isNull();
	}

	private static InetAddress addressWith(MockEnvironment environment) {
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory();
		new LoopbackByDefault(environment).customize(factory);
		return factory.getAddress();
	}

}
