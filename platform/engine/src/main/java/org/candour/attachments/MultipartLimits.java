package org.candour.attachments;

import jakarta.servlet.MultipartConfigElement;

import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * The servlet container's multipart limits, from
 * {@code candour.attachments.max-file-size} (a request may add a megabyte of form fields
 * to one file). Smaller files stay in memory; larger ones go to a temporary file while
 * they are checked and stored.
 */
@Configuration(proxyBeanMethods = false)
class MultipartLimits {

	private static final DataSize FORM_FIELDS = DataSize.ofMegabytes(1);

	@Bean
	MultipartConfigElement multipartConfigElement(AttachmentSettings settings) {
		MultipartConfigFactory factory = new MultipartConfigFactory();
		factory.setMaxFileSize(settings.maxFileSize());
		factory.setMaxRequestSize(DataSize.ofBytes(settings.maxFileSize().toBytes() + FORM_FIELDS.toBytes()));
		factory.setFileSizeThreshold(DataSize.ofKilobytes(256));
		return factory.createMultipartConfig();
	}

}
