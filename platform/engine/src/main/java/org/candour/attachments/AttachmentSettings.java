package org.candour.attachments;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * {@code candour.attachments.*}.
 *
 * @param maxFileSize the largest file anyone may upload (a form may set less); the
 * servlet's multipart limits follow it
 * @param allowedTypes the content types the platform accepts at all (a form may narrow
 * them with its {@code accept} hint)
 * @param maxFilesPerQuestion how many files a resident may give one question when its
 * form does not say ({@code maxFiles})
 * @param maxFilesPerCase how many files one case may have
 * @param pendingExpiry how long a resident's uploads wait for their case to be logged
 * before the sweep removes them (a journey idle longer than the anonymous session timeout
 * can no longer be submitted anyway)
 * @param maxPendingPerJourney the most a resident's waiting files may add up to in one
 * journey
 * @param maxPendingPerClient the most the waiting files of one client
 * ({@code org.candour.security.ClientAddress}) may add up to in one tenant
 */
@ConfigurationProperties("candour.attachments")
public record AttachmentSettings(@DefaultValue("10MB") DataSize maxFileSize, @DefaultValue( {
		"application/pdf", "image/jpeg", "image/png", "text/plain",
		"application/vnd.openxmlformats-officedocument.wordprocessingml.document",
		"application/vnd.oasis.opendocument.text" }) List<String> allowedTypes,
		@DefaultValue("5") int maxFilesPerQuestion, @DefaultValue("50") int maxFilesPerCase,
		@DefaultValue("2h") Duration pendingExpiry, @DefaultValue("25MB") DataSize maxPendingPerJourney,
		@DefaultValue("100MB") DataSize maxPendingPerClient){

}
