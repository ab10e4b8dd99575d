package org.candour.support;

import java.util.List;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The minimal configuration with an org structure that was restructured on 1 April 2025:
 * the north and south highways teams (until 31 March) merged into one maintenance team.
 */
public final class Restructure {

	private static final String STRUCTURE = """
			{"kind": "org-structure", "id": "structure", "title": "Directorates", "spec": {"units": [
			  {"id": "place", "name": "Place", "type": "directorate", "effectiveFrom": "2024-04-01", "children": [
			    {"id": "highways", "name": "Highways", "type": "service", "effectiveFrom": "2024-04-01", "children": [
			      {"id": "highways-north", "name": "Highways North", "type": "team", "effectiveFrom": "2024-04-01",
			       "effectiveTo": "2025-03-31"},
			      {"id": "highways-south", "name": "Highways South", "type": "team", "effectiveFrom": "2024-04-01",
			       "effectiveTo": "2025-03-31"},
			      {"id": "highways-maintenance", "name": "Highways Maintenance", "type": "team",
			       "effectiveFrom": "2025-04-01", "replaces": ["highways-north", "highways-south"]}]}]},
			  {"id": "adult-care", "name": "Adult Care", "type": "directorate", "effectiveFrom": "2024-04-01"}]}}""";

	private Restructure() {
	}

	/** The minimal configuration's documents with the restructured org structure. */
	public static List<ObjectNode> minimal(JsonMapper json) {
		List<ObjectNode> documents = ConfigFixtures.documents("minimal");
		documents.removeIf(document -> "org-structure".equals(document.path("kind").asString()));
		documents.add((ObjectNode) json.readTree(STRUCTURE));
		return documents;
	}

}
