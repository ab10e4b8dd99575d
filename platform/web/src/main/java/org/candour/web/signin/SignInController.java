package org.candour.web.signin;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.candour.api.EndpointRoles;
import org.candour.security.EmbeddedIssuer;
import org.candour.security.SignInTenant;
import org.candour.web.resident.TenantBranding;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * The embedded authorization server's sign-in page, in the branding of the tenant the
 * person is signing in to (plain Candour when none is known), with an error summary when
 * signing in failed ({@code ?error}). There is no such page when the embedded server is
 * off.
 */
@Controller
@EndpointRoles(EndpointRoles.PUBLIC)
class SignInController {

	static final String PATH = "/login";

	private final TenantBranding branding;

	private final MessageSource messages;

	private final ObjectProvider<EmbeddedIssuer> embedded;

	SignInController(TenantBranding branding, MessageSource messages, ObjectProvider<EmbeddedIssuer> embedded) {
		this.branding = branding;
		this.messages = messages;
		this.embedded = embedded;
	}

	@GetMapping(PATH)
	String signIn(HttpServletRequest request, Locale locale, Model model) {
		if (this.embedded.getIfAvailable() == null) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		SignInTenant.of(request)
			.flatMap(tenant -> this.branding.layout(tenant, locale, PATH))
			.ifPresent(model::addAllAttributes);
		if (request.getParameter("error") != null) {
			SignInFailure failure = SignInFailure.of(request, this.messages, locale);
			model.addAttribute("problem", failure.message());
			model.addAttribute("problemLang", failure.lang());
		}
		return "signin/sign-in";
	}

}
