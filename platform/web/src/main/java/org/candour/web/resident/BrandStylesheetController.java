package org.candour.web.resident;

import java.time.Duration;
import java.util.Locale;

import org.candour.api.EndpointRoles;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tenant's brand colour as a stylesheet: the content security policy allows no inline
 * styles, and the colour is configuration. The header is filled with the colour only when
 * white text on it stays readable; otherwise the colour underlines a black header.
 */
@RestController
@EndpointRoles(EndpointRoles.PUBLIC)
class BrandStylesheetController {

	private final TenantBranding branding;

	BrandStylesheetController(TenantBranding branding) {
		this.branding = branding;
	}

	@GetMapping(path = "/t/{tenant}/brand.css", produces = "text/css")
	ResponseEntity<String> stylesheet(Locale locale) {
		return stylesheet(this.branding.current(locale), CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic());
	}

	/** The stylesheet of {@code branding} (also a draft's, for its preview). */
	static ResponseEntity<String> stylesheet(Branding branding, CacheControl caching) {
		String colour = branding.colour();
		StringBuilder css = new StringBuilder();
		css.append(".candour-brand .govuk-header__container { border-bottom-color: ").append(colour).append("; }\n");
		if (branding.fillsHeader()) {
			css.append(".candour-brand.govuk-header { background-color: ")
				.append(colour)
				.append("; border-bottom-color: ")
				.append(colour)
				.append("; }\n");
		}
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("text/css"))
			.cacheControl(caching)
			.body(css.toString());
	}

}
