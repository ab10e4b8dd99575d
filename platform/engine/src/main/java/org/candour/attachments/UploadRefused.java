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
		TOO_MANY,

		/** The journey's waiting files would add up to more than allowed. */
		JOURNEY_FULL,

		/** The client's waiting files would add up to more than allowed. */
		CLIENT_FULL

	}

	private final Reason reason;

	private final transient UploadPolicy policy;

	private final long limit;

	UploadRefused(Reason reason, UploadPolicy policy) {
		this(reason, policy, 0);
	}

	/**
	 * @param limit what the files may add up to, for {@link Reason#JOURNEY_FULL} and
	 * {@link Reason#CLIENT_FULL}
	 */
	UploadRefused(Reason reason, UploadPolicy policy, long limit) {
		super(describe(reason, policy, limit));
		this.reason = reason;
		this.policy = policy;
		this.limit = limit;
	}

	public Reason reason() {
		return this.reason;
	}

	/** The policy the file broke, for saying what is allowed. */
	public UploadPolicy policy() {
		return this.policy;
	}

	/**
	 * What the waiting files may add up to, e.g. {@code 25 MB}, when that was the
	 * problem.
	 */
	public String limit() {
		return UploadPolicy.inWords(this.limit);
	}

	/** A stable problem code, e.g. {@code attachment.type}. */
	public String code() {
		return "attachment." + this.reason.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	private static String describe(Reason reason, UploadPolicy policy, long limit) {
		switch (reason) {
			case EMPTY:
				return "The file is empty";
			case TYPE:
				return "The file must be a " + either(policy.typeNames());
			case TOO_LARGE:
				return "The file must be smaller than " + policy.maxSize();
			case JOURNEY_FULL:
				return "The files must be smaller than " + UploadPolicy.inWords(limit) + " in total";
			case CLIENT_FULL:
				return "No more files can be taken from this address for now";
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
