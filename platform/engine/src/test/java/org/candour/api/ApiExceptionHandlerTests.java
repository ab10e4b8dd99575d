package org.candour.api;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.http.ProblemDetail;

import static org.assertj.core.api.Assertions.assertThat;

class ApiExceptionHandlerTests {

	@Test
	void eachKindOfRefusalHasItsStatusAndTitle() {
		assertThat(problem(Refusal.malformed("/x", "invalid-value", "Not a number")))
			.extracting(ProblemDetail::getStatus, ProblemDetail::getTitle)
			.containsExactly(400, "Bad request");
		assertThat(problem(Refusal.notFound("No case"))).extracting(ProblemDetail::getStatus, ProblemDetail::getTitle)
			.containsExactly(404, "Not found");
		assertThat(problem(Refusal.notAllowed("Needs MANAGER")))
			.extracting(ProblemDetail::getStatus, ProblemDetail::getTitle)
			.containsExactly(403, "Forbidden");
		assertThat(problem(Refusal.stale("Changed", Map.of())))
			.extracting(ProblemDetail::getStatus, ProblemDetail::getTitle)
			.containsExactly(409, "Conflict");
		assertThat(problem(Refusal.rulesBroken("Invalid", List.of())))
			.extracting(ProblemDetail::getStatus, ProblemDetail::getTitle)
			.containsExactly(422, "Unprocessable content");
	}

	@Test
	void aRefusalKeepsItsDetailViolationsAndProperties() {
		ApiError violation = new ApiError("/inputs/officer", "schema.minLength", "Say who");
		ProblemDetail stale = problem(new Refusal(Refusal.Kind.STALE, "The case was changed", List.of(violation),
				Map.of("currentVersion", 3L, "state", "received")));
		assertThat(stale.getDetail()).isEqualTo("The case was changed");
		assertThat(stale.getProperties()).containsEntry("errors", List.of(violation))
			.containsEntry("currentVersion", 3L)
			.containsEntry("state", "received");
	}

	private static ProblemDetail problem(Refusal refusal) {
		return new ApiExceptionHandler().refused(refusal);
	}

}
