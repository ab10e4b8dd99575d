package org.candour.attachments;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is checked before a file is stored: its type comes from its content (its name only
 * refines what the content shows), its limits from the platform narrowed by the form, its
 * name made safe.
 */
class UploadChecksTests {

	@Test
	void recognisesTheTypesAllowedByDefaultByTheirContent() throws IOException {
		assertThat(detect("pothole-photo-report.pdf", "report.pdf")).isEqualTo("application/pdf");
		assertThat(detect("pothole.png", "photo.png")).isEqualTo("image/png");
		assertThat(
				detect(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F' },
						"photo.jpg"))
			.isEqualTo("image/jpeg");
		assertThat(detect("letter.txt", "letter.txt")).isEqualTo("text/plain");
		assertThat(detect(zip("[Content_Types].xml", "word/document.xml"), "letter.docx"))
			.isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
	}

	@Test
	void aNameDoesNotMakeContentWhatItIsNot() throws IOException {
		assertThat(detect("renamed-program.pdf", "invoice.pdf")).isEqualTo("application/x-msdownload");
		assertThat(detect(new byte[] { 1, 2, 3, (byte) 0xFE, 0, 7, 9, (byte) 0x80 }, "scan.pdf"))
			.isEqualTo("application/octet-stream");
		assertThat(detect("letter.txt", "letter.pdf")).isEqualTo("text/plain");
		assertThat(detect("<html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8), "notes.txt"))
			.isEqualTo("text/html");
		assertThat(detect(zip("[Content_Types].xml", "word/document.xml"), "letter.bin"))
			.as("an Office document without its name is only known as one of the family")
			.isEqualTo("application/x-tika-ooxml");
	}

	@Test
	void aFormNarrowsThePlatformsTypesAndLimitsNeverWidensThem() {
		UploadPolicies policies = new UploadPolicies(
				new AttachmentSettings(org.springframework.util.unit.DataSize.ofMegabytes(10),
						java.util.List.of("application/pdf", "image/jpeg", "image/png", "text/plain"), 5, 50,
						java.time.Duration.ofHours(2), org.springframework.util.unit.DataSize.ofMegabytes(25),
						org.springframework.util.unit.DataSize.ofMegabytes(100)));
		JsonMapper json = JsonMapper.builder().build();
		UploadPolicy images = policies
			.forQuestion(new FileQuestion(java.util.List.of("image/*", "video/mp4"), null, 20480));
		assertThat(images.allowedTypes()).containsExactly("image/jpeg", "image/png");
		assertThat(images.typeNames()).containsExactly("JPG", "PNG");
		assertThat(images.maxSize()).as("never above the platform's 10 MB").isEqualTo("10 MB");
		assertThat(images.maxFiles()).isEqualTo(5);
		assertThat(images.accept()).isEqualTo("image/jpeg,image/png,.jpg,.png");
		UploadPolicy small = policies.forQuestion(new FileQuestion(java.util.List.of(), 2, 500));
		assertThat(small.allowedTypes()).containsExactly("application/pdf", "image/jpeg", "image/png", "text/plain");
		assertThat(small.maxSize()).isEqualTo("500 KB");
		assertThat(small.maxFiles()).isEqualTo(2);
	}

	@Test
	void makesFileNamesSafe() {
		assertThat(FileNames.safe("C:\\Users\\sam\\Pothole report.pdf")).isEqualTo("Pothole report.pdf");
		assertThat(FileNames.safe("../../etc/passwd")).isEqualTo("passwd");
		assertThat(FileNames.safe("evil\u202Efdp.exe")).isEqualTo("evilfdp.exe");
		assertThat(FileNames.safe("line\nbreak.txt")).isEqualTo("linebreak.txt");
		assertThat(FileNames.safe("...")).isEqualTo("file");
		assertThat(FileNames.safe(null)).isEqualTo("file");
		assertThat(FileNames.safe("a".repeat(300) + ".pdf")).hasSize(200);
	}

	private static String detect(String fixture, String name) throws IOException {
		return detect(AttachmentsIntegrationTests.fixture(fixture), name);
	}

	private static String detect(byte[] content, String name) throws IOException {
		try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(content))) {
			String type = FileTypes.detect(in, name);
			assertThat(in.readAllBytes()).as("the stream is left where it was").isEqualTo(content);
			return type;
		}
	}

	private static byte[] zip(String... entries) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String entry : entries) {
				zip.putNextEntry(new ZipEntry(entry));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
