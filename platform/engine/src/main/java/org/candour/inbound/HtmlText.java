package org.candour.inbound;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Set;

import javax.swing.text.MutableAttributeSet;
import javax.swing.text.html.HTML;
import javax.swing.text.html.HTMLEditorKit;
import javax.swing.text.html.parser.ParserDelegator;

/**
 * The text of an HTML email: its words, a line break for each block and break, nothing of
 * its scripts, styles or markup.
 */
final class HtmlText {

	private static final Set<HTML.Tag> BLOCKS = Set.of(HTML.Tag.P, HTML.Tag.DIV, HTML.Tag.BR, HTML.Tag.LI, HTML.Tag.TR,
			HTML.Tag.H1, HTML.Tag.H2, HTML.Tag.H3, HTML.Tag.H4, HTML.Tag.H5, HTML.Tag.H6, HTML.Tag.BLOCKQUOTE,
			HTML.Tag.PRE, HTML.Tag.TABLE, HTML.Tag.UL, HTML.Tag.OL);

	private static final Set<HTML.Tag> HIDDEN = Set.of(HTML.Tag.SCRIPT, HTML.Tag.STYLE, HTML.Tag.HEAD, HTML.Tag.TITLE);

	private HtmlText() {
	}

	static String of(String html) {
		StringBuilder text = new StringBuilder();
		HTMLEditorKit.ParserCallback callback = new HTMLEditorKit.ParserCallback() {

			private int hidden;

			@Override
			public void handleText(char[] data, int pos) {
				if (this.hidden == 0) {
					text.append(data);
				}
			}

			@Override
			public void handleStartTag(HTML.Tag tag, MutableAttributeSet attributes, int pos) {
				if (HIDDEN.contains(tag)) {
					this.hidden++;
				}
				else if (BLOCKS.contains(tag)) {
					newLine(text);
				}
			}

			@Override
			public void handleEndTag(HTML.Tag tag, int pos) {
				if (HIDDEN.contains(tag)) {
					this.hidden = Math.max(0, this.hidden - 1);
				}
				else if (BLOCKS.contains(tag)) {
					newLine(text);
				}
			}

			@Override
			public void handleSimpleTag(HTML.Tag tag, MutableAttributeSet attributes, int pos) {
				if (BLOCKS.contains(tag)) {
					newLine(text);
				}
			}

		};
		try {
			new ParserDelegator().parse(new StringReader(html), callback, true);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return text.toString().replaceAll("\n{3,}", "\n\n").strip();
	}

	private static void newLine(StringBuilder text) {
		if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
			text.append('\n');
		}
	}

}
