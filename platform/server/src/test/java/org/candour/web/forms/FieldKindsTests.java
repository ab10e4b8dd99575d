package org.candour.web.forms;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class FieldKindsTests {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anAddressKeptAsOneStringIsAskedInOneBoxAndAStructuredOneInLines() {
		assertThat(FieldKinds.kind("address", this.json.readTree("{\"type\": \"string\"}"))).isEqualTo("textarea");
		assertThat(FieldKinds.kind("address", this.json.readTree("{\"type\": \"object\", \"properties\": {}}")))
			.isEqualTo("address");
		assertThat(FieldKinds.kind(null, this.json.readTree("{\"type\": \"string\", \"format\": \"email\"}")))
			.isEqualTo("email");
	}

}
