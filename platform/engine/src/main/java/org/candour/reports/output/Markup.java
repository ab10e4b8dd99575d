package org.candour.reports.output;

/** Text made safe inside HTML, XHTML and SVG elements and attribute values. */
final class Markup {

	private Markup() {
	}

	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		text.codePoints().forEach(point -> {
			switch (point) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\'' -> escaped.append("&#39;");
				default -> {
					// Control characters are not allowed in XML, so PDF and SVG would not
					// parse
					if (point >= 0x20 || point == '\t' || point == '\n' || point == '\r') {
						escaped.appendCodePoint(point);
					}
				}
			}
		});
		return escaped.toString();
	}

}
