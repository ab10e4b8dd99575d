package org.candour.definition.editing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Edits a role document as the role page shows it: its title, base role, the feedback
 * types it is limited to and its remedy limit. A field is written only when it differs
 * from what the document has now, so saving a role unchanged leaves the document exactly
 * as it was; what the page does not show (description, Welsh title, group claims, org
 * unit limits) is kept.
 */
public final class RoleEditor {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private RoleEditor() {
	}

	/** The fields of a role document as the page shows them. */
	public static RoleFields read(JsonNode content) {
		JsonNode spec = content.path("spec");
		JsonNode title = content.path("title");
		List<String> types = new ArrayList<>();
		spec.path("limits").path("feedbackTypes").forEach(type -> types.add(type.asString()));
		JsonNode limit = spec.path("remedyLimit");
		return new RoleFields(title.isString() ? title.asString() : title.path("en").asString(""),
				spec.path("baseRole").asString(""), types, limit.isNumber() ? limit.decimalValue() : null);
	}

	/** A new role document with the fields. */
	public static ObjectNode create(String id, RoleFields fields) {
		ObjectNode content = JSON.createObjectNode();
		content.put("kind", "role").put("id", id).put("title", fields.title());
		content.putObject("spec").put("baseRole", fields.baseRole());
		return apply(content, fields);
	}

	/** A copy of the document with the fields written where they differ. */
	public static ObjectNode apply(JsonNode content, RoleFields fields) {
		ObjectNode edited = ((ObjectNode) content).deepCopy();
		RoleFields now = read(content);
		if (!now.title().equals(fields.title())) {
			if (edited.path("title").isObject()) {
				((ObjectNode) edited.get("title")).put("en", fields.title());
			}
			else {
				edited.put("title", fields.title());
			}
		}
		ObjectNode spec = edited.withObject("spec");
		if (!now.baseRole().equals(fields.baseRole())) {
			spec.put("baseRole", fields.baseRole());
		}
		if (!new HashSet<>(now.feedbackTypes()).equals(new HashSet<>(fields.feedbackTypes()))) {
			limitTo(spec, fields.feedbackTypes());
		}
		boolean sameLimit = (now.remedyLimit() == null) ? fields.remedyLimit() == null
				: fields.remedyLimit() != null && now.remedyLimit().compareTo(fields.remedyLimit()) == 0;
		if (!sameLimit) {
			if (fields.remedyLimit() == null) {
				spec.remove("remedyLimit");
			}
			else {
				BigDecimal pounds = fields.remedyLimit().stripTrailingZeros();
				if (pounds.scale() <= 0 && pounds.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
					// whole pounds are written as JSON reads them back: an int
					spec.put("remedyLimit", pounds.intValueExact());
				}
				else {
					spec.put("remedyLimit", pounds);
				}
			}
		}
		return edited;
	}

	private static void limitTo(ObjectNode spec, List<String> feedbackTypes) {
		ObjectNode limits = spec.withObject("limits");
		if (feedbackTypes.isEmpty()) {
			limits.remove("feedbackTypes");
		}
		else {
			ArrayNode types = limits.putArray("feedbackTypes");
			feedbackTypes.forEach(types::add);
		}
		if (limits.isEmpty()) {
			spec.remove("limits");
		}
	}

	/**
	 * A role as its page shows it.
	 *
	 * @param title its name, in English
	 * @param baseRole the platform role it is built on
	 * @param feedbackTypes the feedback types its holders see; empty for all
	 * @param remedyLimit the highest payment its holders may approve, in pounds;
	 * {@code null} for none
	 */
	public record RoleFields(String title, String baseRole, List<String> feedbackTypes, BigDecimal remedyLimit) {

		public RoleFields {
			title = (title == null) ? "" : title;
			baseRole = (baseRole == null) ? "" : baseRole;
			feedbackTypes = List.copyOf(feedbackTypes);
		}

	}

}
