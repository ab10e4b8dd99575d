package org.candour.open311;

import org.springframework.http.MediaType;

/** The format an Open311 address asks for by its extension. */
enum Open311Format {

	JSON(MediaType.APPLICATION_JSON), XML(MediaType.TEXT_XML);

	private final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	MediaType mediaType() {
		return this.mediaType;
	}

	/** The format of an extension ({@code json}, {@code xml}); JSON for any other. */
	static Open311Format of(String extension) {
		return "xml".equals(extension) ? XML : JSON;
	}

	/** The format of an extension, or 404 in JSON for an unknown one. */
	static Open311Format require(String extension) {
		if (!"xml".equals(extension) && !"json".equals(extension)) {
			throw Open311Failure.notFound("Ask for .json or .xml");
		}
		return of(extension);
	}

}
