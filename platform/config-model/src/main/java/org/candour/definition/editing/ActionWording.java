package org.candour.definition.editing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * What changed in an action's rules before it may happen, its questions and its effects,
 * in words: "Action ‘Reopen’ now needs: ‘reason’ is answered", "Action ‘Reopen’ now
 * clears the closure …".
 */
final class ActionWording {

	private ActionWording() {
	}

	static void describe(String action, JsonNode was, JsonNode now, Sentences out) {
		String subject = Words.capitalised(action);
		if (!was.path("guard").equals(now.path("guard"))) {
			Optional<GuardRows> before = GuardRows.of(was.get("guard"), question -> "string");
			Optional<GuardRows> after = GuardRows.of(now.get("guard"), question -> "string");
			if (before.isPresent() && after.isPresent()) {
				List<String> wasRows = before.get().rows().stream().map(GuardRows.Row::words).toList();
				List<String> nowRows = after.get().rows().stream().map(GuardRows.Row::words).toList();
				added(nowRows, wasRows).forEach(row -> out.add(subject + " now needs: " + row));
				added(wasRows, nowRows).forEach(row -> out.add(subject + " no longer needs: " + row));
			}
			else {
				out.add(subject + ": its rules before it may happen changed");
			}
		}
		List<String> comparedBefore = comparisons(was.path("guardCompare"));
		List<String> comparedAfter = comparisons(now.path("guardCompare"));
		added(comparedAfter, comparedBefore).forEach(rule -> out.add(subject + " now needs: " + rule));
		added(comparedBefore, comparedAfter).forEach(rule -> out.add(subject + " no longer needs: " + rule));
		List<String> questionsBefore = questions(was.path("inputs"));
		List<String> questionsAfter = questions(now.path("inputs"));
		added(questionsAfter, questionsBefore).forEach(question -> out.add(subject + " now asks " + question));
		added(questionsBefore, questionsAfter).forEach(question -> out.add(subject + " no longer asks " + question));
		List<String> effectsBefore = effects(was.path("effects"));
		List<String> effectsAfter = effects(now.path("effects"));
		added(effectsAfter, effectsBefore).forEach(effect -> out.add(subject + " now: " + effect));
		added(effectsBefore, effectsAfter).forEach(effect -> out.add(subject + " no longer: " + effect));
	}

	private static List<String> comparisons(JsonNode comparisons) {
		List<String> words = new ArrayList<>();
		comparisons.forEach(comparison -> words.add(GuardRows.compared(comparison)));
		return words;
	}

	private static List<String> questions(JsonNode inputs) {
		List<String> questions = new ArrayList<>();
		inputs.path("properties").properties().forEach(entry -> {
			String title = entry.getValue().path("title").asString(entry.getKey());
			boolean required = false;
			for (JsonNode name : inputs.path("required")) {
				required |= name.asString("").equals(entry.getKey());
			}
			questions.add(Words.quoted(title) + (required ? " (must be answered)" : ""));
		});
		return questions;
	}

	private static List<String> effects(JsonNode effects) {
		List<String> words = new ArrayList<>();
		effects.forEach(effect -> {
			String sentence = EffectWords.of(effect);
			words.add(Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1));
		});
		return words;
	}

	/** What {@code after} has that {@code before} has not. */
	private static List<String> added(List<String> after, List<String> before) {
		return after.stream().filter(item -> !before.contains(item)).toList();
	}

}
