package org.candour.api;

import java.util.List;
import java.util.Map;

/**
 * Why a service refuses a command; nothing has been changed. Services say what is wrong
 * in domain terms; the API renders it as a problem document (one handler,
 * {@link ApiExceptionHandler}) and the pages as form errors or an error page.
 */
public final class Refusal extends RuntimeException {

	/** What kind of refusal it is. */
	public enum Kind {

		/** The command cannot be understood (a malformed value, an unknown parameter). */
		MALFORMED,

		/** What it is about does not exist, or is not for the caller to see. */
		NOT_FOUND,

		/** The caller may not do it. */
		NOT_ALLOWED,

		/**
		 * The caller's view is out of date: the target changed since, or is in a state
		 * where this cannot be done.
		 */
		STALE,

		/**
		 * The command breaks the rules (schema, answer rules, guards): see violations.
		 */
		RULES_BROKEN

	}

	private final Kind kind;

	private final List<ApiError> violations;

	private final Map<String, Object> properties;

	/**
	 * @param kind what kind of refusal
	 * @param detail plain words for the whole refusal
	 * @param violations each broken rule with the JSON pointer it is at
	 * @param properties facts the caller needs to recover (e.g. the current version)
	 */
	public Refusal(Kind kind, String detail, List<ApiError> violations, Map<String, Object> properties) {
		super(detail);
		this.kind = kind;
		this.violations = List.copyOf(violations);
		this.properties = Map.copyOf(properties);
	}

	public static Refusal malformed(String detail, List<ApiError> violations) {
		return new Refusal(Kind.MALFORMED, detail, violations, Map.of());
	}

	public static Refusal malformed(String pointer, String code, String message) {
		return malformed(message, List.of(new ApiError(pointer, code, message)));
	}

	public static Refusal rulesBroken(String detail, List<ApiError> violations) {
		return new Refusal(Kind.RULES_BROKEN, detail, violations, Map.of());
	}

	public static Refusal notFound(String detail) {
		return new Refusal(Kind.NOT_FOUND, detail, List.of(), Map.of());
	}

	public static Refusal stale(String detail, Map<String, Object> properties) {
		return new Refusal(Kind.STALE, detail, List.of(), properties);
	}

	public static Refusal notAllowed(String detail) {
		return new Refusal(Kind.NOT_ALLOWED, detail, List.of(), Map.of());
	}

	public Kind kind() {
		return this.kind;
	}

	public boolean is(Kind kind) {
		return this.kind == kind;
	}

	public List<ApiError> violations() {
		return this.violations;
	}

	public Map<String, Object> properties() {
		return this.properties;
	}

}
