package org.candour.attachments;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.bson.Document;
import org.bson.types.ObjectId;
import org.candour.cases.FeedbackCase;

import org.springframework.stereotype.Service;

/**
 * A resident's files while they fill in a form: each waits under the journey's token (its
 * idempotency key) and the question it answers until the case is logged. What waits is
 * bounded per journey and per client ({@code candour.attachments.max-pending-per-*}), so
 * an anonymous visitor cannot fill the store. Settling then links the files the case's
 * data names to the case (forgetting the client's address) and removes the rest; it may
 * run again (a second submission, the sweep) without changing anything more.
 */
@Service
public class PendingUploads {

	static final String RESIDENT = "resident";

	private final AttachmentStore store;

	private final AttachmentSettings settings;

	PendingUploads(AttachmentStore store, AttachmentSettings settings) {
		this.store = store;
		this.settings = settings;
	}

	/**
	 * Checks and stores a file for {@code question} of the journey {@code token}, sent by
	 * {@code client}.
	 * @throws UploadRefused when it is empty, of a type or size the policy does not
	 * allow, one too many for the question, or more than the journey's or the client's
	 * waiting files may add up to; nothing is stored then
	 */
	public Attachment add(String token, String client, String question, UploadPolicy policy, Upload upload) {
		if (this.store.count(pending(token).append("metadata." + Attachment.FIELD, question)) >= policy.maxFiles()) {
			throw new UploadRefused(UploadRefused.Reason.TOO_MANY, policy);
		}
		AttachmentStore.Checked checked = this.store.check(upload, policy);
		long journeyLimit = this.settings.maxPendingPerJourney().toBytes();
		if (this.store.bytes(pending(token)) + checked.size() > journeyLimit) {
			throw new UploadRefused(UploadRefused.Reason.JOURNEY_FULL, policy, journeyLimit);
		}
		long clientLimit = this.settings.maxPendingPerClient().toBytes();
		if (this.store.bytes(waitingFrom(client)) + checked.size() > clientLimit) {
			throw new UploadRefused(UploadRefused.Reason.CLIENT_FULL, policy, clientLimit);
		}
		return this.store.store(upload, checked,
				new Document(Attachment.TOKEN, token).append(Attachment.FIELD, question)
					.append(Attachment.CLIENT, client),
				RESIDENT);
	}

	/** The files waiting under {@code token}, oldest first. */
	public List<Attachment> list(String token) {
		return this.store.find(pending(token));
	}

	/**
	 * Removes a file waiting under {@code token}; false when there is none with that id.
	 */
	public boolean remove(String token, String id) {
		if (!ObjectId.isValid(id) || this.store.count(pending(token).append("_id", new ObjectId(id))) == 0) {
			return false;
		}
		this.store.delete(id);
		return true;
	}

	/**
	 * Links the files waiting under {@code token} that the logged case's data names (by
	 * {@code id}) to the case, and removes the others (answers the resident dropped).
	 */
	public void settle(String token, FeedbackCase logged) {
		Set<String> named = new HashSet<>(logged.current().data().findValuesAsString("id"));
		List<ObjectId> linked = new ArrayList<>();
		for (Attachment waiting : list(token)) {
			if (named.contains(waiting.id())) {
				linked.add(new ObjectId(waiting.id()));
			}
			else {
				this.store.delete(waiting.id());
			}
		}
		if (!linked.isEmpty()) {
			this.store.link(pending(token).append("_id", new Document("$in", linked)), logged.reference());
		}
	}

	private static Document waitingFrom(String client) {
		return new Document("metadata." + Attachment.CLIENT, client).append("metadata." + Attachment.CASE,
				new Document("$exists", false));
	}

	static Document pending(String token) {
		return new Document("metadata." + Attachment.TOKEN, token).append("metadata." + Attachment.CASE,
				new Document("$exists", false));
	}

}
