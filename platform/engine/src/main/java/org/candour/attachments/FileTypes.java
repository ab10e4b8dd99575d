package org.candour.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;

/**
 * What a file is, from its first bytes (Apache Tika's magic-byte database). The name only
 * refines a type the content already shows, e.g. a Word document within the Office Open
 * XML family; an executable renamed {@code .pdf} is still an executable, and content
 * nothing recognises stays {@code application/octet-stream} whatever its name.
 */
final class FileTypes {

	private static final MimeTypes TYPES = MimeTypes.getDefaultMimeTypes();

	private FileTypes() {
	}

	/**
	 * @param content a stream that supports mark and reset; left where it was
	 * @param fileName the name it was sent with
	 * @return the detected content type without parameters, e.g. {@code application/pdf}
	 */
	static String detect(InputStream content, String fileName) throws IOException {
		MediaType shown = TYPES.detect(content, new Metadata());
		if (MediaType.OCTET_STREAM.equals(shown)) {
			return shown.toString();
		}
		Metadata named = new Metadata();
		named.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
		return TYPES.detect(content, named).getBaseType().toString();
	}

	/** How people name a type: its usual extension in capitals, e.g. PDF, JPG, DOCX. */
	static String shortName(String type) {
		String extension = extension(type);
		return extension.isEmpty() ? type : extension.substring(1).toUpperCase(Locale.ROOT);
	}

	/** The usual extension of a type with its dot, e.g. {@code .jpg}; empty if none. */
	static String extension(String type) {
		try {
			return TYPES.forName(type).getExtension();
		}
		catch (MimeTypeException ex) {
			return "";
		}
	}

	/** Whether {@code type} matches {@code pattern}, which may end in {@code /*}. */
	static boolean matches(String pattern, String type) {
		if (pattern.endsWith("/*")) {
			return type.startsWith(pattern.substring(0, pattern.length() - 1));
		}
		return pattern.equals(type);
	}

}
