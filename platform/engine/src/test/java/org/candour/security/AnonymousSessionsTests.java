package org.candour.security;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sessions of visitors who have not signed in: a short timeout, and a bounded number
 * per client, the least recently used ending first.
 */
class AnonymousSessionsTests {

	private final AnonymousSessionFilter filter = new AnonymousSessionFilter(
			new AnonymousSessions(new AnonymousSessionSettings(Duration.ofMinutes(20), 3), Duration.ofMinutes(30)));

	@Test
	void anAnonymousSessionLastsTwentyIdleMinutesAndOneThatSignsInGetsTheServersTimeoutBack() throws Exception {
		MockHttpSession session = request("203.0.113.7", null, false);
		assertThat(session.getMaxInactiveInterval()).isEqualTo(20 * 60);
		request("203.0.113.7", session, true);
		assertThat(session.getMaxInactiveInterval()).isEqualTo(30 * 60);
	}

	@Test
	void aClientsFourthSessionEndsItsLeastRecentlyUsedOne() throws Exception {
		MockHttpSession oldest = request("198.51.100.1", null, false);
		MockHttpSession active = request("198.51.100.1", null, false);
		MockHttpSession third = request("198.51.100.1", null, false);
		MockHttpSession elsewhere = request("198.51.100.2", null, false);
		request("198.51.100.1", oldest, false);
		request("198.51.100.1", active, false);
		request("198.51.100.1", third, false);
		assertThat(oldest.isInvalid()).isFalse();

		request("198.51.100.1", null, false);
		assertThat(oldest.isInvalid()).as("least recently used").isTrue();
		assertThat(active.isInvalid()).isFalse();
		assertThat(third.isInvalid()).isFalse();
		assertThat(elsewhere.isInvalid()).as("another client's").isFalse();
	}

	@Test
	void aNewSessionHasEndedTheLeastRecentlyUsedOneBeforeTheClientHasItsPage() throws Exception {
		MockHttpSession oldest = request("198.51.100.3", null, false);
		request("198.51.100.3", null, false);
		request("198.51.100.3", null, false);
		MockHttpServletRequest fourth = new MockHttpServletRequest();
		fourth.setRemoteAddr("198.51.100.3");
		List<Boolean> oldestEndedWhenThePageWasSent = new ArrayList<>();
		this.filter.doFilter(fourth, new MockHttpServletResponse(), (req, res) -> {
			((HttpServletRequest) req).getSession(true);
			res.getWriter().write("<p>page</p>");
			res.flushBuffer();
			// the client has its page and may send its next request (another tab, a
			// redirect it follows) while this one is still on its way out
			oldestEndedWhenThePageWasSent.add(oldest.isInvalid());
		});
		assertThat(oldestEndedWhenThePageWasSent).containsExactly(true);
	}

	@Test
	void aSignedInSessionIsNotCounted() throws Exception {
		MockHttpSession officer = request("192.0.2.9", null, true);
		for (int i = 0; i < 3; i++) {
			request("192.0.2.9", null, false);
		}
		assertThat(officer.isInvalid()).isFalse();
	}

	@Test
	void anIpv6ClientIsItsSlash64() throws Exception {
		MockHttpSession first = request("2001:db8:1:2::1", null, false);
		request("2001:db8:1:2:aaaa::2", null, false);
		request("2001:db8:1:2:bbbb::3", null, false);
		request("2001:db8:1:3::1", null, false);
		assertThat(first.isInvalid()).isFalse();
		request("2001:db8:1:2:cccc::4", null, false);
		assertThat(first.isInvalid()).isTrue();
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr("2001:0db8:0001:0002:ffff:0000:0000:0009");
		assertThat(ClientAddress.of(request)).isEqualTo("20010db800010002::/64");
		request.setRemoteAddr("zz:not-an-address");
		assertThat(ClientAddress.of(request)).as("never looked up").isEqualTo("zz:not-an-address");
	}

	/**
	 * A request from {@code address} with {@code session} (a new one when null), signed
	 * in during the request if {@code signIn}; returns the session it ends with.
	 */
	private MockHttpSession request(String address, MockHttpSession session, boolean signIn)
			throws ServletException, IOException {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		if (session != null) {
			request.setSession(session);
		}
		FilterChain chain = (req, res) -> {
			HttpSession current = ((HttpServletRequest) req).getSession(true);
			if (signIn) {
				current.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
						new SecurityContextImpl());
			}
		};
		this.filter.doFilter(request, new MockHttpServletResponse(), chain);
		return (MockHttpSession) request.getSession(false);
	}

}
