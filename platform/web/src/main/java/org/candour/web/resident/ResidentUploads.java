package org.candour.web.resident;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.candour.attachments.Attachment;
import org.candour.attachments.PendingUploads;
import org.candour.attachments.Upload;
import org.candour.attachments.UploadPolicy;
import org.candour.attachments.UploadRefused;
import org.candour.security.ClientAddress;
import org.candour.web.forms.Answers;
import org.candour.web.forms.FieldError;
import org.candour.web.forms.FormPage;
import org.candour.web.forms.FormPages;
import org.candour.web.forms.Question;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * Files a resident gives on a page: each chosen file is checked and kept as a pending
 * upload of the journey ({@link PendingUploads}), and the question's answer lists it as
 * {@code {id, name, contentType, size}}, which is what the case's data records. Refusals
 * are said in plain words.
 */
@Component
public class ResidentUploads {

	/** Flash attribute: problems of an upload, shown by the page it returns to. */
	static final String FLASHED = "uploadErrors";

	/** Flash attribute: a file was larger than the server accepts at all. */
	static final String TOO_LARGE = "uploadTooLarge";

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private final PendingUploads pending;

	private final MessageSource messages;

	private final AnswerLimits limits;

	ResidentUploads(PendingUploads pending, MessageSource messages, AnswerLimits limits) {
		this.pending = pending;
		this.messages = messages;
		this.limits = limits;
	}

	/**
	 * Keeps the files chosen for the file questions among {@code questions}.
	 * @param asked whether the resident asked to upload (then choosing nothing is a
	 * problem)
	 * @return the problems, one per question
	 */
	List<FieldError> receive(List<Question> questions, FeedbackJourney journey, HttpServletRequest request,
			boolean asked, Locale locale) {
		MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
		String client = ClientAddress.of(request);
		List<FieldError> problems = new ArrayList<>();
		boolean chosen = false;
		for (Question question : fileQuestions(questions)) {
			List<MultipartFile> files = multipart == null ? List.of() : multipart.getFiles(question.name());
			for (MultipartFile file : files) {
				if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isEmpty())) {
					continue;
				}
				chosen = true;
				try {
					Attachment kept = this.pending.add(journey.idempotencyKey(), client, question.name(),
							question.upload(), new Upload(file.getOriginalFilename(), file.getSize(), file));
					journey.answer(question.name(), withFile(journey.data().get(question.name()), kept), false);
				}
				catch (UploadRefused refused) {
					problems.add(error(question, refusal(refused, locale)));
					break;
				}
			}
		}
		if (asked && !chosen && problems.isEmpty()) {
			fileQuestions(questions).stream()
				.findFirst()
				.ifPresent(question -> problems.add(error(question, text("resident.file.select", locale))));
		}
		return problems;
	}

	/**
	 * Keeps the other answers posted with an upload or removal, without checking them
	 * beyond what the session may hold ({@link AnswerLimits}).
	 * @return the problems; none when they were kept
	 */
	List<FieldError> keepAnswers(FormPages form, List<Question> questions, FeedbackJourney journey,
			MultiValueMap<String, String> posted, HttpSession session, Locale locale) {
		return this.limits.keep(form, questions, Answers.readShown(questions, posted), journey, false, session, locale);
	}

	/** Removes a file the resident gave to one of {@code questions}. */
	void remove(List<Question> questions, FeedbackJourney journey, String id) {
		for (Question question : fileQuestions(questions)) {
			JsonNode given = journey.data().get(question.name());
			if (given != null && given.findValuesAsString("id").contains(id)) {
				this.pending.remove(journey.idempotencyKey(), id);
				keepOnly(journey, question, given, file -> !id.equals(file));
			}
		}
	}

	/**
	 * Drops from a journey restored after its session ended the files that no longer wait
	 * for it (swept as abandoned meanwhile), so that its answers name only files that
	 * exist.
	 */
	void forgetGone(FormPages form, FeedbackJourney journey) {
		Set<String> waiting = new HashSet<>();
		this.pending.list(journey.idempotencyKey()).forEach(file -> waiting.add(file.id()));
		for (FormPage page : form.pages()) {
			for (Question question : fileQuestions(page.questions())) {
				JsonNode given = journey.data().get(question.name());
				if (given != null) {
					keepOnly(journey, question, given, waiting::contains);
				}
			}
		}
	}

	/**
	 * Keeps, of the files {@code given} to {@code question}, those whose id {@code kept}
	 * accepts.
	 */
	private static void keepOnly(FeedbackJourney journey, Question question, JsonNode given, Predicate<String> kept) {
		ArrayNode left = NODES.arrayNode();
		given.forEach(file -> {
			if (kept.test(file.path("id").asString())) {
				left.add(file);
			}
		});
		if (left.size() != given.size()) {
			journey.answer(question.name(), left.isEmpty() ? null : left, false);
		}
	}

	/** The problems an upload left for the page it returned to. */
	@SuppressWarnings("unchecked")
	List<FieldError> flashed(Model model, FormPage page, Locale locale) {
		List<FieldError> problems = new ArrayList<>();
		Object flashed = model.getAttribute(FLASHED);
		if (flashed instanceof List<?> list) {
			problems.addAll((List<FieldError>) list);
		}
		if (Boolean.TRUE.equals(model.getAttribute(TOO_LARGE))) {
			fileQuestions(page.questions()).stream()
				.findFirst()
				.ifPresent(question -> problems
					.add(error(question, refusal(UploadRefused.Reason.TOO_LARGE, question.upload(), locale))));
		}
		return problems;
	}

	/** Upload problems first; then the page's other problems, one per question. */
	static List<FieldError> combine(List<FieldError> uploads, List<FieldError> others) {
		List<FieldError> all = new ArrayList<>(uploads);
		others.stream()
			.filter(other -> uploads.stream().noneMatch(upload -> upload.field().equals(other.field())))
			.forEach(all::add);
		return all;
	}

	/** A file question's limits in words, for its hint (called by the file fragment). */
	public String rules(UploadPolicy policy, Locale locale) {
		return text("resident.file.rules", locale, policy.maxFiles(), types(policy, locale), policy.maxSize());
	}

	String refusal(UploadRefused refused, Locale locale) {
		switch (refused.reason()) {
			case JOURNEY_FULL:
				return text("resident.file.journey-full", locale, refused.limit());
			case CLIENT_FULL:
				return text("resident.file.client-full", locale);
			default:
				return refusal(refused.reason(), refused.policy(), locale);
		}
	}

	/** Why a file was refused, in plain words (also for files staff add to a case). */
	public String refusal(UploadRefused.Reason reason, UploadPolicy policy, Locale locale) {
		switch (reason) {
			case EMPTY:
				return text("resident.file.empty", locale);
			case TYPE:
				return text("resident.file.type", locale, types(policy, locale));
			case TOO_LARGE:
				return text("resident.file.too-large", locale, policy.maxSize());
			default:
				return text("resident.file.too-many", locale, policy.maxFiles());
		}
	}

	private String types(UploadPolicy policy, Locale locale) {
		List<String> names = policy.typeNames();
		if (names.size() < 2) {
			return String.join("", names);
		}
		return text("resident.file.either", locale, String.join(", ", names.subList(0, names.size() - 1)),
				names.get(names.size() - 1));
	}

	private static JsonNode withFile(JsonNode given, Attachment kept) {
		ArrayNode files = NODES.arrayNode();
		if (given != null && given.isArray()) {
			given.forEach(files::add);
		}
		files.addObject()
			.put("id", kept.id())
			.put("name", kept.fileName())
			.put("contentType", kept.contentType())
			.put("size", kept.size());
		return files;
	}

	private static List<Question> fileQuestions(List<Question> questions) {
		return questions.stream().filter(question -> "file".equals(question.kind())).toList();
	}

	private static FieldError error(Question question, String message) {
		return new FieldError(question.name(), null, question.id(), message);
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
