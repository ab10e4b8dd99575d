package org.candour.cases;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

class BsonTreesTests {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@Test
	void givesTheTreeStorageGivesBackWithoutBuildingTheDocument() {
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

		ObjectNode stored = BsonTrees.asStored(tree);

		assertThat(stored).isEqualTo(BsonTrees.toTree(BsonTrees.toDocument(tree)));
		assertThat(stored.get("short").isLong()).isTrue();
		assertThat(stored.get("decimal").isDouble()).isTrue();
		assertThat(stored.get("binary").isNull()).isTrue();
	}

}
