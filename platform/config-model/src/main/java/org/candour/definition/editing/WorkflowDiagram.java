package org.candour.definition.editing;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.candour.definition.model.State;
import org.candour.definition.model.Transition;
import org.candour.definition.model.WorkflowDefinition;

/**
 * A workflow's state diagram drawn as SVG on the server, for reading (editing is done in
 * tables): states as boxes in columns by how many steps they are from the starting state,
 * each transition an arrow marked with its number in {@link WorkflowOutline}, whose
 * sentences are the diagram's text alternative. Transitions between the same two states
 * share one arrow (its marks list each); transitions that stay in a state are marked on a
 * loop over its box; those from any open state start from a dashed "Any open state" box.
 * The colours repeat what the words in each box say (its category), never replace them.
 */
public final class WorkflowDiagram {

	static final String ANY_OPEN_STATE = "*";

	private static final int BOX_WIDTH = DiagramBox.WIDTH;

	private static final int COLUMN_GAP = 110;

	private static final int ROW_GAP = 60;

	private static final int MARGIN = 30;

	private static final int LINE_HEIGHT = DiagramBox.LINE_HEIGHT;

	private static final int CHARACTERS_PER_LINE = 24;

	private final WorkflowDefinition workflow;

	private final String title;

	private final Map<String, DiagramBox> boxes = new LinkedHashMap<>();

	private WorkflowDiagram(WorkflowDefinition workflow, String title) {
		this.workflow = workflow;
		this.title = title;
	}

	/** The SVG document (an {@code <svg>} element to place in a page). */
	public static String svg(WorkflowDefinition workflow, String title) {
		return new WorkflowDiagram(workflow, title).draw();
	}

	private String draw() {
		layOut();
		StringBuilder svg = new StringBuilder();
		int width = this.boxes.values().stream().mapToInt(box -> box.x + BOX_WIDTH).max().orElse(0) + MARGIN;
		int height = this.boxes.values().stream().mapToInt(box -> box.y + box.height).max().orElse(0) + ROW_GAP
				+ MARGIN;
		svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"app-workflow-diagram\" role=\"img\"")
			.append(" aria-labelledby=\"workflow-diagram-title workflow-diagram-description\" viewBox=\"0 0 ")
			.append(width)
			.append(' ')
			.append(height)
			.append("\" width=\"")
			.append(width)
			.append("\" height=\"")
			.append(height)
			.append("\" font-family=\"GDS Transport, arial, sans-serif\" font-size=\"14\">");
		svg.append("<title id=\"workflow-diagram-title\">State diagram: ")
			.append(escape(this.title))
			.append("</title>");
		svg.append("<desc id=\"workflow-diagram-description\">")
			.append(this.workflow.declaredStates().size())
			.append(" states and ")
			.append(this.workflow.transitions().size())
			.append(" transitions. The numbered list after the diagram describes every transition.</desc>");
		svg.append("<defs><marker id=\"workflow-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\"")
			.append(" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\">")
			.append("<path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#0b0c0c\"/></marker></defs>");
		drawArrows(svg);
		this.boxes.values().forEach(box -> box.draw(svg));
		drawLoops(svg);
		return svg.append("</svg>").toString();
	}

	/**
	 * Columns by breadth-first distance from the starting state; states not reached last.
	 */
	private void layOut() {
		Map<String, Integer> column = new LinkedHashMap<>();
		Deque<String> queue = new ArrayDeque<>();
		if (this.workflow.states().containsKey(this.workflow.initialState())) {
			column.put(this.workflow.initialState(), 0);
			queue.add(this.workflow.initialState());
		}
		while (!queue.isEmpty()) {
			String state = queue.removeFirst();
			for (Transition transition : this.workflow.transitions()) {
				boolean from = transition.from().contains(state)
						|| (transition.from().contains(ANY_OPEN_STATE) && !closed(state));
				if (from && this.workflow.states().containsKey(transition.to())
						&& !column.containsKey(transition.to())) {
					column.put(transition.to(), column.get(state) + 1);
					queue.add(transition.to());
				}
			}
		}
		int last = column.values().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
		for (State state : this.workflow.declaredStates()) {
			column.putIfAbsent(state.id(), last);
		}
		int[] nextY = new int[last + 2];
		java.util.Arrays.fill(nextY, MARGIN + LINE_HEIGHT * 2);
		for (State state : this.workflow.declaredStates()) {
			if (this.boxes.containsKey(state.id())) {
				continue;
			}
			int at = column.get(state.id());
			DiagramBox box = new DiagramBox(WorkflowOutline.name(state), category(state.category()),
					fill(state.category()), state.id().equals(this.workflow.initialState()), false,
					MARGIN + at * (BOX_WIDTH + COLUMN_GAP), nextY[at]);
			this.boxes.put(state.id(), box);
			nextY[at] += box.height + ROW_GAP;
		}
		boolean fromAnyOpen = this.workflow.transitions()
			.stream()
			.anyMatch(transition -> transition.from().contains(ANY_OPEN_STATE));
		if (fromAnyOpen) {
			this.boxes.put(ANY_OPEN_STATE,
					new DiagramBox("Any open state", "Not closed", "#ffffff", false, true, MARGIN, nextY[0]));
		}
	}

	private void drawArrows(StringBuilder svg) {
		Map<String, List<Integer>> arrows = new LinkedHashMap<>();
		int number = 1;
		for (Transition transition : this.workflow.transitions()) {
			for (String from : transition.from()) {
				if (!from.equals(transition.to()) && this.boxes.containsKey(from)
						&& this.boxes.containsKey(transition.to())) {
					arrows.computeIfAbsent(from + "\n" + transition.to(), unused -> new ArrayList<>()).add(number);
				}
			}
			number++;
		}
		arrows.forEach((pair, numbers) -> {
			String[] ends = pair.split("\n");
			arrow(svg, this.boxes.get(ends[0]), this.boxes.get(ends[1]), numbers);
		});
	}

	private static void arrow(StringBuilder svg, DiagramBox from, DiagramBox to, List<Integer> numbers) {
		double startX;
		double endX;
		double startY = from.y + from.height / 2.0;
		double endY = to.y + to.height / 2.0;
		String path;
		double markX;
		double markY;
		if (to.x > from.x) {
			startX = from.x + BOX_WIDTH;
			endX = to.x;
			path = "M " + startX + " " + startY + " L " + endX + " " + endY;
			markX = (startX + endX) / 2;
			markY = (startY + endY) / 2;
		}
		else if (to.x < from.x) {
			startX = from.x;
			endX = to.x + BOX_WIDTH;
			double bend = Math.max(from.y + from.height, to.y + to.height) + ROW_GAP / 2.0;
			path = "M " + (from.x + BOX_WIDTH / 2.0) + " " + (from.y + from.height) + " C " + (from.x + BOX_WIDTH / 2.0)
					+ " " + bend + " " + (to.x + BOX_WIDTH / 2.0) + " " + bend + " " + (to.x + BOX_WIDTH / 2.0) + " "
					+ (to.y + to.height);
			markX = (from.x + to.x + BOX_WIDTH) / 2.0;
			markY = bend - ROW_GAP / 8.0;
		}
		else {
			boolean down = to.y > from.y;
			startX = from.x + BOX_WIDTH * (down ? 0.7 : 0.3);
			startY = down ? from.y + from.height : from.y;
			endY = down ? to.y : to.y + to.height;
			path = "M " + startX + " " + startY + " L " + startX + " " + endY;
			markX = startX;
			markY = (startY + endY) / 2;
		}
		svg.append("<path d=\"")
			.append(path)
			.append("\" fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"2\" marker-end=\"url(#workflow-arrow)\"/>");
		mark(svg, markX, markY, numbers);
	}

	private void drawLoops(StringBuilder svg) {
		Map<String, List<Integer>> loops = new LinkedHashMap<>();
		int number = 1;
		for (Transition transition : this.workflow.transitions()) {
			if (transition.from().contains(transition.to()) && this.boxes.containsKey(transition.to())) {
				loops.computeIfAbsent(transition.to(), unused -> new ArrayList<>()).add(number);
			}
			number++;
		}
		loops.forEach((state, numbers) -> {
			DiagramBox box = this.boxes.get(state);
			double left = box.x + BOX_WIDTH * 0.35;
			double right = box.x + BOX_WIDTH * 0.65;
			svg.append("<path d=\"M ")
				.append(left)
				.append(' ')
				.append(box.y)
				.append(" C ")
				.append(left)
				.append(' ')
				.append(box.y - 34)
				.append(' ')
				.append(right)
				.append(' ')
				.append(box.y - 34)
				.append(' ')
				.append(right)
				.append(' ')
				.append(box.y)
				.append("\" fill=\"none\" stroke=\"#0b0c0c\" stroke-width=\"2\" marker-end=\"url(#workflow-arrow)\"/>");
			mark(svg, box.x + BOX_WIDTH / 2.0, box.y - 26, numbers);
		});
	}

	/** The transitions' numbers on a white label, readable over any line. */
	private static void mark(StringBuilder svg, double x, double y, List<Integer> numbers) {
		String text = numbers.stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("");
		double width = 12 + text.length() * 8;
		svg.append("<rect x=\"")
			.append(x - width / 2)
			.append("\" y=\"")
			.append(y - 11)
			.append("\" width=\"")
			.append(width)
			.append("\" height=\"22\" rx=\"11\" fill=\"#ffffff\" stroke=\"#0b0c0c\"/>")
			.append("<text x=\"")
			.append(x)
			.append("\" y=\"")
			.append(y + 5)
			.append("\" text-anchor=\"middle\" font-weight=\"bold\" fill=\"#0b0c0c\">")
			.append(text)
			.append("</text>");
	}

	private boolean closed(String state) {
		State found = this.workflow.states().get(state);
		return found != null && found.closed();
	}

	private static String category(String category) {
		return (category == null) ? "" : category.substring(0, 1).toUpperCase(Locale.ROOT) + category.substring(1);
	}

	private static String fill(String category) {
		return switch ((category == null) ? "" : category) {
			case "new" -> "#bbd4ea";
			case "open" -> "#cce2d8";
			case "waiting" -> "#fff7bf";
			case "closed" -> "#e5e6e7";
			default -> "#ffffff";
		};
	}

	static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}

	/** Words broken into lines short enough for a box. */
	static List<String> lines(String words) {
		List<String> lines = new ArrayList<>();
		StringBuilder line = new StringBuilder();
		for (String word : words.split("\\s+")) {
			if (line.length() > 0 && line.length() + 1 + word.length() > CHARACTERS_PER_LINE) {
				lines.add(line.toString());
				line.setLength(0);
			}
			line.append((line.length() > 0) ? " " : "").append(word);
		}
		if (line.length() > 0) {
			lines.add(line.toString());
		}
		return lines;
	}

}
