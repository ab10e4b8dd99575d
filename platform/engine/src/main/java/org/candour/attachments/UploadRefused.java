package org.candour.attachments;

import java.util.List;

/**
 * A file that was not stored, and why. Nothing of it is kept.
 */
public class UploadRefused extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Why a file was refused. */
	public enum Reason {

		/** The file has no content. */
		EMPTY,

		/** Its content is not of an allowed type (whatever its name says). */
		TYPE,

		/** It is larger than allowed. */
		TOO_LARGE,

		/** There are already as many files as allowed. */
		TOO_MANY

	}

	private final Reason reason;

	private final transient UploadPolicy policy;

	UploadRefused(Reason reason, UploadPolicy policy) {
		super(describe(reason, policy));
		this.reason = reason;
		this.policy = policy;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The policy the file broke, for saying what is allowed. */
	public UploadPolicy policy() {
		return this.policy;
	}

	/** A stable problem code, e.g. {@code attachment.type}. */
	public String code() {
		return "attachment." + this.reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	private static String describe(Reason reason, UploadPolicy policy) {
		switch (reason) {
			case EMPTY:
				return "The file is empty";
			case TYPE:
				return "The file must be a " + either(policy.typeNames());
			case TOO_LARGE:
				return "The file must be smaller than " + policy.maxSize();
			default:
				return "You can upload up to " + policy.maxFiles() + " files";
		}
	}

	private static String either(List<String> names) {
		if (names.size() < 2) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
	}

}
