package org.candour.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Web pages: the reader's language from {@code ?lang=en|cy} on the resident pages and the
 * previews of a draft form, kept in a cookie, English by default; and the static assets,
 * each at an address that changes when it does, so browsers may keep it for a year
 * without asking again: GOV.UK Frontend from its webjar (the version is in the path), its
 * fonts at {@code /assets/fonts/**} where its CSS looks for them (content-hashed names),
 * and our own CSS and JS under a content hash that templates get through {@code @{...}}
 * links ({@link ResourceUrlEncodingFilter}). Other GOV.UK images and the favicon are kept
 * for a day. Pages themselves stay {@code no-store} (Spring Security's default).
 */
@Configuration(proxyBeanMethods = false)
class ResidentWebConfiguration implements WebMvcConfigurer {

	static final String GOVUK_ASSETS = "classpath:/META-INF/resources/webjars/govuk-frontend/5.14.0/dist/govuk/assets/";

	private static final CacheControl A_YEAR = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	private static final CacheControl A_DAY = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	/**
	 * The reader's language in a cookie of its own rather than in the session, so that
	 * the page explaining that a session has ended is in the language the resident was
	 * using.
	 */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("candour-lang");
		resolver.setDefaultLocale(Locale.ENGLISH);
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> versionedAssetLinks() {
		return new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor language = new LocaleChangeInterceptor();
		language.setParamName("lang");
		language.setIgnoreInvalidLocale(true);
		registry.addInterceptor(language)
			.addPathPatterns("/t/*/feedback", "/t/*/feedback/**", "/t/*/track/**", "/t/*/survey/**", "/t/*/preview/**",
					"/t/*/admin/feedback-types/*/preview", "/t/*/admin/feedback-types/*/preview/**");
	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_YEAR);
		registry.addResourceHandler("/assets/fonts/**")
			.addResourceLocations(GOVUK_ASSETS + "fonts/")
			.setCacheControl(A_YEAR);
		registry.addResourceHandler("/assets/**").addResourceLocations(GOVUK_ASSETS).setCacheControl(A_DAY);
		registry.addResourceHandler("/favicon.*").addResourceLocations(GOVUK_ASSETS + "images/").setCacheControl(A_DAY);
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.setCacheControl(A_YEAR)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
	}

}
