package org.candour.attachments;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What may be uploaded in one place (a form's file question, or a case): which content
 * types, how many files and how large each may be. Made by {@link UploadPolicies} from a
 * form's hints within the platform's limits.
 *
 * @param allowedTypes content types, e.g. {@code application/pdf}
 * @param maxFiles how many files at most
 * @param maxBytes the largest size of one file
 */
public record UploadPolicy(List<String> allowedTypes, int maxFiles, long maxBytes) {

	public UploadPolicy {
		allowedTypes = List.copyOf(allowedTypes);
	}

	public boolean allows(String contentType) {
		return this.allowedTypes.contains(contentType);
	}

	/** The allowed types as people name them, e.g. PDF, JPG, PNG. */
	public List<String> typeNames() {
		Set<String> names = new LinkedHashSet<>();
		this.allowedTypes.forEach(type -> names.add(FileTypes.shortName(type)));
		return List.copyOf(names);
	}

	/** For an HTML file input's {@code accept}: the types and their usual extensions. */
	public String accept() {
		List<String> accepted = new ArrayList<>(this.allowedTypes);
		this.allowedTypes.stream().map(FileTypes::extension).filter(ext -> !ext.isEmpty()).forEach(accepted::add);
		return String.join(",", accepted);
	}

	/** The size limit as people read it, e.g. {@code 5 MB} or {@code 500 KB}. */
	public String maxSize() {
		return inWords(this.maxBytes);
	}

	static String inWords(long bytes) {
		long kilobytes = bytes / 1024;
		return kilobytes >= 1024 && kilobytes % 1024 == 0 ? kilobytes / 1024 + " MB" : kilobytes + " KB";
	}

}
