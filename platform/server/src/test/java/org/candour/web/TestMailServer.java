package org.candour.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

/**
 * A GreenMail SMTP server on a free loopback port, started before the application's mail
 * sender is made and stopped with the context: the application sends to it
 * ({@code spring.mail.host} must be set to {@code 127.0.0.1} with the context's
 * properties, so the mail sender is configured at all).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestMailServer {

	@Bean(destroyMethod = "stop")
	GreenMail testMailServer() {
		try (ServerSocket free = new ServerSocket(0)) {
			GreenMail mail = new GreenMail(
					new ServerSetup(free.getLocalPort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
			free.close();
			mail.start();
			return mail;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Bean
	DynamicPropertyRegistrar testMailServerPort(GreenMail testMailServer) {
		return registry -> registry.add("spring.mail.port", () -> testMailServer.getSmtp().getPort());
	}

}
