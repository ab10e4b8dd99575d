package org.candour.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

import org.springframework.test.context.junit.jupiter.SpringExtension;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Drives Debian's Chromium through Playwright: one browser for the whole test run
 * (started by the first browser test class, closed when the run ends), a fresh context
 * per {@link Page} parameter (addressed at the application's random port), closed after
 * each test. Test classes are skipped where {@value #CHROMIUM} is not installed. Resolves
 * {@link Page} (annotate it {@link WithoutJavaScript} to switch scripts off) and
 * {@link Screenshots}.
 */
public class Browsers implements BeforeAllCallback, AfterEachCallback, ParameterResolver {

	static final String CHROMIUM = "/usr/bin/chromium";

	private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run");

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Browsers.class);

	@Override
	public void beforeAll(ExtensionContext context) {
		assumeTrue(Files.isExecutable(Paths.get(CHROMIUM)), "Browser tests need Debian's chromium at " + CHROMIUM);
		context.getRoot().getStore(NAMESPACE).computeIfAbsent(Chromium.class, key -> Chromium.launch(), Chromium.class);
	}

	@Override
	public void afterEach(ExtensionContext context) {
		contexts(context).forEach(BrowserContext::close);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		Class<?> type = parameter.getParameter().getType();
		return type == Page.class || type == Screenshots.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		if (parameter.getParameter().getType() == Screenshots.class) {
			return new Screenshots(Paths.get("target", "screenshots",
					context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName()));
		}
		Browser browser = context.getRoot().getStore(NAMESPACE).get(Chromium.class, Chromium.class).browser();
		BrowserContext opened = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl(context))
			.setJavaScriptEnabled(!parameter.isAnnotated(WithoutJavaScript.class)));
		contexts(context).add(opened);
		return opened.newPage();
	}

	@SuppressWarnings("unchecked")
	private static List<BrowserContext> contexts(ExtensionContext context) {
		return context.getStore(NAMESPACE).computeIfAbsent(BrowserContext.class, key -> new ArrayList<>(), List.class);
	}

	private static String baseUrl(ExtensionContext context) {
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		return "http://localhost:" + port;
	}

	/** The run's browser; closed with the root extension context, when the run ends. */
	private record Chromium(Playwright playwright, Browser browser) implements AutoCloseable {

		static Chromium launch() {
			Playwright playwright = Playwright
				.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
			Browser browser = playwright.chromium()
				.launch(new BrowserType.LaunchOptions().setExecutablePath(Paths.get(CHROMIUM)).setArgs(FLAGS));
			return new Chromium(playwright, browser);
		}

		@Override
		public void close() {
			this.playwright.close();
		}

	}

	/** Screenshots of one test, saved as {@code <name>.png} in its own folder. */
	public record Screenshots(Path folder) {

		public Path save(Page page, String name) {
			Path file = this.folder.resolve(name + ".png");
			page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
			return file;
		}

	}

}
