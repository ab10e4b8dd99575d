package org.candour.definition.editing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.candour.definition.ConfigDocument;
import org.candour.definition.Schemas;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.Compiler;
import org.candour.definition.model.WorkflowDefinition;
import org.candour.definition.pack.PackLoader;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every shipped workflow draws as well-formed SVG that names each of its states and marks
 * each of its transitions with the number its sentence in the outline has, so the diagram
 * and its text alternative describe the same workflow.
 */
class WorkflowDiagramTests {

	private static final Path PACKS = Path.of("../../tenant-configs");

	private static final Schemas SCHEMAS = new Schemas();

	static Stream<Arguments> workflows() throws IOException {
		List<Arguments> workflows = new ArrayList<>();
		try (Stream<Path> folders = Files.list(PACKS)) {
			for (Path pack : folders.filter(folder -> Files.isRegularFile(folder.resolve("manifest.json")))
				.sorted()
				.toList()) {
				CompiledConfiguration compiled = compile(pack.getFileName().toString());
				compiled.workflows()
					.keySet()
					.forEach(id -> workflows.add(Arguments.of(pack.getFileName().toString(), id)));
			}
		}
		return workflows.stream();
	}

	@ParameterizedTest(name = "{0}: {1}")
	@MethodSource("workflows")
	void everyStateIsDrawnAndEveryTransitionNumbered(String pack, String id) throws Exception {
		WorkflowDefinition workflow = compile(pack).workflows().get(id);
		String svg = WorkflowDiagram.svg(workflow, id);
		java.nio.file.Files.writeString(java.nio.file.Path.of("/tmp/diagram-" + pack + "-" + id + ".svg"), svg);
		WorkflowOutline outline = WorkflowOutline.of(id, workflow, role -> role);

		Document parsed = DocumentBuilderFactory.newInstance()
			.newDocumentBuilder()
			.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
		String drawnText = texts(parsed).replace("\n", " ");
		for (WorkflowOutline.StateRow state : outline.states()) {
			assertThat(drawnText).as("state %s", state.id()).contains(WorkflowDiagram.lines(state.name()).get(0));
		}
		Set<Integer> marked = marks(parsed);
		Set<Integer> numbered = new LinkedHashSet<>();
		outline.transitions().forEach(transition -> numbered.add(transition.number()));
		assertThat(marked).isEqualTo(numbered);
		assertThat(outline.transitions())
			.allSatisfy(transition -> assertThat(transition.sentence()).startsWith(transition.label() + ": from "));
	}

	@Test
	void theCountyStageOneComplaintReadsAsItsDocumentSays() {
		WorkflowDefinition workflow = compile("county-council").workflows().get("complaint-stage-1");
		WorkflowOutline outline = WorkflowOutline.of("Corporate complaint stage 1", workflow,
				role -> role.equals("MANAGER") ? "Manager" : role);

		assertThat(outline.states()).extracting(WorkflowOutline.StateRow::id)
			.containsExactly("new", "acknowledged", "responded", "escalated", "closed");
		assertThat(outline.states().get(0).initial()).isTrue();
		assertThat(outline.states().get(1).editableData()).isTrue();
		assertThat(outline.states().get(4).publicLabel()).isEqualTo("Your complaint is closed");
		assertThat(outline.transitions().get(0).sentence())
			.isEqualTo("Allocate to a team: from New to New, by Manager.");
		assertThat(outline.transitions().get(1).to()).isEqualTo("Acknowledged - being investigated");
		WorkflowOutline.ClockRow acknowledge = outline.clocks().get(0);
		assertThat(acknowledge.duration()).isEqualTo("5 working days");
		assertThat(acknowledge.starts()).isEqualTo("when the case is logged");
		assertThat(acknowledge.countedFrom()).isEqualTo("the day the case was received");
		assertThat(acknowledge.warnBefore()).isEqualTo("1 working day");
		assertThat(acknowledge.residents()).isEqualTo("Acknowledgement");
		WorkflowOutline.ClockRow respond = outline.clocks().get(1);
		assertThat(respond.starts()).isEqualTo("when ‘" + outline.transitions().get(1).label() + "’ is taken");
		assertThat(respond.extension()).isEqualTo("up to 10 working days more, with a reason");
		assertThat(respond.stops()).contains(outline.transitions().get(1 + 5).label());
	}

	@Test
	void namesAreEscapedAndBrokenIntoLines() {
		assertThat(WorkflowDiagram.escape("Rock & <roll> \"now\""))
			.isEqualTo("Rock &amp; &lt;roll&gt; &quot;now&quot;");
		assertThat(WorkflowDiagram.lines("Acknowledged - being investigated by the service"))
			.containsExactly("Acknowledged - being", "investigated by the", "service");
	}

	private static String texts(Document svg) {
		StringBuilder all = new StringBuilder();
		NodeList texts = svg.getElementsByTagName("text");
		for (int i = 0; i < texts.getLength(); i++) {
			all.append(texts.item(i).getTextContent()).append('\n');
		}
		return all.toString();
	}

	private static Set<Integer> marks(Document svg) {
		Set<Integer> numbers = new java.util.TreeSet<>();
		NodeList texts = svg.getElementsByTagName("text");
		Pattern mark = Pattern.compile("^\\d+(, \\d+)*$");
		for (int i = 0; i < texts.getLength(); i++) {
			String text = texts.item(i).getTextContent();
			if (mark.matcher(text).matches()) {
				Matcher number = Pattern.compile("\\d+").matcher(text);
				while (number.find()) {
					numbers.add(Integer.parseInt(number.group()));
				}
			}
		}
		return numbers;
	}

	private static CompiledConfiguration compile(String pack) {
		Path folder = PACKS.resolve(pack).toAbsolutePath().normalize();
		List<ConfigDocument> documents = new PackLoader(PackRepository.directory(folder.getParent()), SCHEMAS)
			.resolve(PackSource.fromDirectory(folder))
			.documentsWithDefaults();
		Compiler.Compilation compilation = new Compiler(SCHEMAS).compile(documents);
		assertThat(compilation.compiled()).as(pack).isTrue();
		return compilation.configuration();
	}

}
