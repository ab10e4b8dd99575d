package org.candour.open311;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Writes Open311 answers in the format asked for: a list ({@link Open311Body.Items}) is a
 * JSON array, or in XML its root element with one element per item; a single body is a
 * JSON object, or in XML the given root element. Errors are Open311's
 * {@code <errors><error><code/><description/></error></errors>} (a JSON array of
 * {@code {code, description}}), the code being the HTTP status.
 */
@Component
class Open311Responses {

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private final JsonMapper json;

	Open311Responses(JsonMapper json) {
		this.json = json;
	}

	ResponseEntity<String> list(Open311Format format, HttpStatus status, Open311Body.Items items) {
		String text = (format == Open311Format.XML) ? xml(items.name(), writer -> items(writer, items))
				: this.json.writeValueAsString(array(items));
		return ResponseEntity.status(status).contentType(format.mediaType()).body(text);
	}

	ResponseEntity<String> single(Open311Format format, String root, Open311Body body) {
		String text = (format == Open311Format.XML) ? xml(root, writer -> values(writer, body.values()))
				: this.json.writeValueAsString(object(body));
		return ResponseEntity.ok().contentType(format.mediaType()).body(text);
	}

	ResponseEntity<String> error(Open311Format format, HttpStatus status, List<String> descriptions) {
		List<Open311Body> errors = descriptions.stream()
			.map(description -> new Open311Body().put("code", status.value()).put("description", description))
			.toList();
		return list(format, status, new Open311Body.Items("errors", "error", errors));
	}

	private ArrayNode array(Open311Body.Items items) {
		ArrayNode array = this.json.createArrayNode();
		items.bodies().forEach(body -> array.add(object(body)));
		return array;
	}

	private ObjectNode object(Open311Body body) {
		ObjectNode object = this.json.createObjectNode();
		body.values().forEach((name, value) -> object.set(name, node(value)));
		return object;
	}

	private JsonNode node(Object value) {
		if (value instanceof Open311Body.Items items) {
			return array(items);
		}
		if (value instanceof Open311Body body) {
			return object(body);
		}
		return this.json.valueToTree(value);
	}

	private interface Content {

		void write(XMLStreamWriter writer) throws XMLStreamException;

	}

	private static String xml(String root, Content content) {
		StringWriter text = new StringWriter();
		try {
			XMLStreamWriter writer = XML.createXMLStreamWriter(text);
			writer.writeStartDocument("UTF-8", "1.0");
			writer.writeStartElement(root);
			content.write(writer);
			writer.writeEndElement();
			writer.writeEndDocument();
			writer.close();
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return text.toString();
	}

	private static void items(XMLStreamWriter writer, Open311Body.Items items) throws XMLStreamException {
		for (Open311Body body : items.bodies()) {
			writer.writeStartElement(items.item());
			values(writer, body.values());
			writer.writeEndElement();
		}
	}

	private static void values(XMLStreamWriter writer, Map<String, Object> values) throws XMLStreamException {
		for (Map.Entry<String, Object> entry : values.entrySet()) {
			writer.writeStartElement(entry.getKey());
			Object value = entry.getValue();
			if (value instanceof Open311Body.Items items) {
				items(writer, items);
			}
			else if (value instanceof Open311Body body) {
				values(writer, body.values());
			}
			else if (value != null) {
				writer.writeCharacters(String.valueOf(value));
			}
			writer.writeEndElement();
		}
	}

}
