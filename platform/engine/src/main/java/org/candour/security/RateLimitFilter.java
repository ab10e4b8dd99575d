package org.candour.security;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.github.bucket4j.ConsumptionProbe;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits anonymous endpoints per client ({@link ClientAddress}: public intake, the pages
 * of signed links (tracking, the service survey, and colleagues' previews of a draft
 * form, which count together), the API's survey answers, the Open311 endpoint, the
 * embedded sign-in page and token endpoint): beyond
 * {@code candour.security.rate-limit.capacity} requests per {@code period} the answer is
 * 429 with {@code Retry-After} and a problem document (an error page for pages).
 * Endpoints are recognised by the path the container maps and Spring MVC matches
 * (percent-decoded, without path parameters or dot segments), so {@code /t/x/%66eedback}
 * counts as {@code /t/x/feedback}. Behind a proxy, set
 * {@code server.forward-headers-strategy} so the client IP is the real one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RateLimitFilter extends OncePerRequestFilter {

	private static final List<Group> GROUPS = List.of(new Group("intake", Pattern.compile("^/t/[^/]+/feedback(/.*)?$")),
			new Group("tracking", Pattern.compile("^/t/[^/]+/(track|preview|survey)(/.*)?$")),
			new Group("survey", Pattern.compile("^/api/tenants/[^/]+/cases/[^/]+/survey$")),
			new Group("open311", Pattern.compile("^/open311/[^/]+/v2/.*$")),
			new Group("login", Pattern.compile("^/login$")), new Group("token", Pattern.compile("^/oauth2/token$")));

	private final ClientBuckets buckets;

	private final Refusals refusals;

	RateLimitFilter(ClientBuckets buckets, Refusals refusals) {
		this.buckets = buckets;
		this.refusals = refusals;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Optional<Group> group = group(mappedPath(request));
		if (group.isEmpty()) {
			chain.doFilter(request, response);
			return;
		}
		ConsumptionProbe probe = this.buckets.consume(group.get().name(), ClientAddress.of(request));
		if (probe.isConsumed()) {
			chain.doFilter(request, response);
			return;
		}
		tooMany(this.refusals, request, response, probe);
	}

	/** 429 with {@code Retry-After} and a problem document. */
	static void tooMany(Refusals refusals, HttpServletRequest request, HttpServletResponse response,
			ConsumptionProbe probe) throws IOException {
		long seconds = Math.max(1, (probe.getNanosToWaitForRefill() + 999_999_999L) / 1_000_000_000L);
		response.setHeader("Retry-After", Long.toString(seconds));
		refusals.write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many requests",
				"Too many requests from this address; try again in " + seconds + " seconds");
	}

	/**
	 * The path within the application as the container decoded and normalised it to map
	 * the request (the dispatcher servlet's path and the rest).
	 */
	private static String mappedPath(HttpServletRequest request) {
		String pathInfo = request.getPathInfo();
		return request.getServletPath() + (pathInfo == null ? "" : pathInfo);
	}

	private static Optional<Group> group(String path) {
		return GROUPS.stream().filter(group -> group.path().matcher(path).matches()).findFirst();
	}

	private record Group(String name, Pattern path) {
	}

}
