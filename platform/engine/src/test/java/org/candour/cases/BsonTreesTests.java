package org.candour.cases;

import java.math.BigDecimal;
import java.math.BigInteger;

import java.util.Date;
import java.util.List;

import com.mongodb.MongoClientSettings;
import org.bson.ByteBuf;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.Codec;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class BsonTreesTests {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final Codec<Document> DOCUMENTS = MongoClientSettings.getDefaultCodecRegistry().get(Document.class);

	@Test
	void givesTheTreeStorageGivesBackWithoutBuildingTheDocument() {
		ObjectNode tree = aTreeOfEveryKind();

		ObjectNode stored = BsonTrees.asStored(tree);

		assertThat(stored).isEqualTo(BsonTrees.toTree(BsonTrees.toDocument(tree)));
		assertThat(stored.get("short").isLong()).isTrue();
		assertThat(stored.get("decimal").isDouble()).isTrue();
		assertThat(stored.get("binary").isNull()).isTrue();
	}

	@Test
	void encodesObjectsAtOnceToTheBytesTheDocumentWouldBe() {
		ObjectNode tree = aTreeOfEveryKind();

		assertThat(bytes(BsonTrees.toEncodedDocument(tree))).isEqualTo(bytes(BsonTrees.toDocument(tree)));
	}

	@Test
	void readsBytesToTheTreeTheDocumentWouldGive() {
		Document stored = BsonTrees.toDocument(aTreeOfEveryKind());
		stored.put("receivedAtDate", new Date(1_763_460_000_123L));
		stored.put("nested", new Document("dates", List.of(new Date(0))));
		RawBsonDocument raw = new RawBsonDocument(stored, DOCUMENTS);

		assertThat(BsonTrees.toTree(raw)).contains(BsonTrees.toTree(raw.decode(DOCUMENTS)));
		assertThat(BsonTrees.toTree(raw).orElseThrow().get("receivedAtDate").asString())
			.isEqualTo("2025-11-18T10:00:00.123Z");
	}

	@Test
	void leavesValuesCasesNeverHoldToTheDocument() {
		RawBsonDocument raw = new RawBsonDocument(new Document("_id", new ObjectId()), DOCUMENTS);

		assertThat(BsonTrees.toTree(raw)).isEmpty();
	}

	/** The document as the driver encodes it. */
	private static byte[] bytes(Document document) {
		ByteBuf buffer = new RawBsonDocument(document, DOCUMENTS).getByteBuffer();
		byte[] bytes = new byte[buffer.remaining()];
		buffer.get(bytes);
		return bytes;
	}

	private static ObjectNode aTreeOfEveryKind() {
		ObjectNode tree = NODES.objectNode();
		tree.put("text", "Pothole");
		tree.put("flag", true);
		tree.put("int", 7);
		tree.put("long", 5_000_000_000L);
		tree.put("short", (short) 3);
		tree.put("bigInteger", BigInteger.valueOf(12));
		tree.put("float", 1.5f);
		tree.put("double", 2.25);
		tree.put("decimal", new BigDecimal("3.75"));
		tree.putNull("nothing");
		tree.put("binary", new byte[] { 1, 2 });
		tree.putArray("list").add(1).add(2L).add("x").addObject().put("nested", 4.5);
		tree.putObject("object").putObject("deeper").put("n", 9L);
		tree.putArray("entries").addObject().put("seq", 1).putArray("changes").addObject().putNull("old");
		return tree;
	}

}
