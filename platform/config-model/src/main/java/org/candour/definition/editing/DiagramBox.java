package org.candour.definition.editing;

import java.util.List;

/**
 * A state's box on the workflow diagram: its name in lines short enough to fit, its
 * category in words, filled in its category's colour, with a thicker border for the
 * starting state and a dashed one for "any open state".
 */
final class DiagramBox {

	static final int WIDTH = 190;

	static final int LINE_HEIGHT = 18;

	private final List<String> name;

	private final String category;

	private final String fill;

	private final boolean initial;

	private final boolean dashed;

	final int x;

	final int y;

	final int height;

	DiagramBox(String name, String category, String fill, boolean initial, boolean dashed, int x, int y) {
		this.name = WorkflowDiagram.lines(name);
		this.category = initial ? category + " · start" : category;
		this.fill = fill;
		this.initial = initial;
		this.dashed = dashed;
		this.x = x;
		this.y = y;
		this.height = 16 + (this.name.size() + 1) * LINE_HEIGHT;
	}

	void draw(StringBuilder svg) {
		svg.append("<rect x=\"")
			.append(this.x)
			.append("\" y=\"")
			.append(this.y)
			.append("\" width=\"")
			.append(WIDTH)
			.append("\" height=\"")
			.append(this.height)
			.append("\" fill=\"")
			.append(this.fill)
			.append("\" stroke=\"#0b0c0c\" stroke-width=\"")
			.append(this.initial ? 4 : 2)
			.append('"')
			.append(this.dashed ? " stroke-dasharray=\"6 4\"" : "")
			.append("/>");
		int lineY = this.y + 8 + LINE_HEIGHT;
		for (String line : this.name) {
			svg.append("<text x=\"")
				.append(this.x + 10)
				.append("\" y=\"")
				.append(lineY)
				.append("\" font-weight=\"bold\" fill=\"#0b0c0c\">")
				.append(WorkflowDiagram.escape(line))
				.append("</text>");
			lineY += LINE_HEIGHT;
		}
		svg.append("<text x=\"")
			.append(this.x + 10)
			.append("\" y=\"")
			.append(lineY)
			.append("\" fill=\"#0b0c0c\">")
			.append(WorkflowDiagram.escape(this.category))
			.append("</text>");
	}

}
