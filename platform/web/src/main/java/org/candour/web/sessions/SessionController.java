package org.candour.web.sessions;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.candour.api.EndpointRoles;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The timeout warning's two requests: keeping the session going when the visitor chooses
 * to stay (any request does; this one changes nothing else and never starts a session),
 * and ending it when the time is up (then the session-ended page explains; the platform's
 * is here, a tenant's is with the resident pages, in the tenant's branding).
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class SessionController {

	private final SessionTimeouts timeouts;

	SessionController(SessionTimeouts timeouts) {
		this.timeouts = timeouts;
	}

	@GetMapping({ "/t/{tenant}/keep-alive", "/platform/keep-alive" })
	ResponseEntity<Void> keepAlive(HttpServletRequest request) {
		boolean alive = request.getSession(false) != null;
		return (alive ? ResponseEntity.noContent() : ResponseEntity.status(410)).cacheControl(CacheControl.noStore())
			.build();
	}

	@PostMapping("/t/{tenant}/session-ended")
	String endTenantSession(@PathVariable String tenant, @RequestParam(required = false) String from,
			HttpServletRequest request) {
		end(request);
		return "redirect:" + EndedPages.url("/t/" + tenant, from);
	}

	@GetMapping("/platform/session-ended")
	String platformSessionEnded(@RequestParam(required = false) String from, Model model) {
		model.addAttribute("staff", true);
		model.addAttribute("minutes", Math.max(1, this.timeouts.signedIn().toMinutes()));
		model.addAttribute("backUrl", EndedPages.back("/platform", from).orElse("/platform"));
		return "resident/session-ended";
	}

	@PostMapping("/platform/session-ended")
	String endPlatformSession(@RequestParam(required = false) String from, HttpServletRequest request) {
		end(request);
		return "redirect:" + EndedPages.url("/platform", from);
	}

	private static void end(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		SecurityContextHolder.clearContext();
		if (session != null) {
			session.invalidate();
		}
	}

}
