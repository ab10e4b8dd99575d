package org.candour.definition.editing;

import java.util.List;

import org.candour.definition.ConfigDocument;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.definition.editing.Documents.at;
import static org.candour.definition.editing.Documents.edited;
import static org.candour.definition.editing.Documents.json;
import static org.candour.definition.editing.Documents.sentences;

class ChangeWordingTests {

	private static final ObjectNode COMPLAINT = json("""
			{"kind": "feedback-type", "id": "complaint", "title": "Complaint", "spec": {
			  "category": "complaint", "form": "complaint-form", "workflow": "complaint", "public": true,
			  "summary": "Tell us if you are unhappy", "referencePrefix": "CMP",
			  "referenceFormat": "{prefix}-{yyyy}-{seq:6}", "acknowledgementTemplate": "ack",
			  "channels": ["web", "email"], "dataProtection": {"retentionMonths": 72}}}
			""");

	private static final ObjectNode ACKNOWLEDGEMENT = json("""
			{"kind": "notification-template", "id": "ack", "title": "Acknowledgement email", "spec": {
			  "channel": "email", "subject": "Your complaint {{reference}}",
			  "body": {"en": "Thank you.", "cy": "Diolch."}, "placeholders": ["reference"]}}
			""");

	@Test
	void namesADocumentAddedAndOneRemoved() {
		ObjectNode compliment = edited(COMPLAINT, type -> type.put("id", "compliment").put("title", "Compliment"));
		List<DocumentChanges> changes = ChangeWording.between(List.of(ConfigDocument.of(ACKNOWLEDGEMENT)),
				List.of(ConfigDocument.of(compliment)));

		assertThat(changes).extracting(DocumentChanges::document, DocumentChanges::change)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("feedback-type/compliment", "added"),
					org.assertj.core.groups.Tuple.tuple("notification-template/ack", "removed"));
		assertThat(changes.get(0).sentences()).containsExactly("Feedback type 'Compliment' added");
		assertThat(changes.get(1).sentences()).containsExactly("Notification template 'Acknowledgement email' removed");
		assertThat(changes.get(0).patch().get(0).path("op").asString()).isEqualTo("add");
	}

	@Test
	void leavesOutDocumentsThatDidNotChange() {
		assertThat(ChangeWording.between(List.of(ConfigDocument.of(COMPLAINT)), List.of(ConfigDocument.of(COMPLAINT))))
			.isEmpty();
	}

	@Test
	void tellsARenamedDocumentAndGivesItsPatch() {
		ObjectNode renamed = edited(COMPLAINT, type -> type.put("title", "Complaints"));
		List<DocumentChanges> changes = ChangeWording.between(List.of(ConfigDocument.of(COMPLAINT)),
				List.of(ConfigDocument.of(renamed)));

		assertThat(changes.get(0).sentences()).containsExactly("Feedback type 'Complaint' renamed 'Complaints'");
		assertThat(changes.get(0).patch().toString())
			.isEqualTo("[{\"op\":\"replace\",\"path\":\"/title\",\"value\":\"Complaints\"}]");
	}

	@Test
	void tellsACategoryChange() {
		assertThat(sentences(COMPLAINT, edited(COMPLAINT, type -> at(type, "/spec").put("category", "foi-request"))))
			.containsExactly("Category of 'Complaint' changed from complaint to FOI request");
	}

	@Test
	void tellsAFeedbackTypeBecomingStaffOnly() {
		assertThat(sentences(COMPLAINT, edited(COMPLAINT, type -> at(type, "/spec").put("public", false))))
			.containsExactly("'Complaint' is now staff-only (no longer offered to residents)");
	}

	@Test
	void tellsTheReferencePrefixAndRetentionPeriod() {
		ObjectNode after = edited(COMPLAINT, type -> {
			at(type, "/spec").put("referencePrefix", "COMP");
			at(type, "/spec/dataProtection").put("retentionMonths", 84);
		});

		assertThat(sentences(COMPLAINT, after)).containsExactly("Reference prefix of 'Complaint' CMP → COMP",
				"Retention period of 'Complaint' 72 → 84 months");
	}

	@Test
	void tellsTheAcknowledgementTemplateByItsTitle() {
		ObjectNode other = edited(ACKNOWLEDGEMENT, template -> template.put("id", "ack-2").put("title", "Short ack"));
		ObjectNode after = edited(COMPLAINT, type -> at(type, "/spec").put("acknowledgementTemplate", "ack-2"));
		List<DocumentChanges> changes = ChangeWording.between(
				List.of(ConfigDocument.of(COMPLAINT), ConfigDocument.of(ACKNOWLEDGEMENT), ConfigDocument.of(other)),
				List.of(ConfigDocument.of(after), ConfigDocument.of(ACKNOWLEDGEMENT), ConfigDocument.of(other)));

		assertThat(changes.get(0).sentences()).containsExactly(
				"Acknowledgement email of 'Complaint' changed from 'Acknowledgement email' to 'Short ack'");
	}

	@Test
	void tellsTheSummaryAndTheNameShownToResidents() {
		ObjectNode after = edited(COMPLAINT,
				type -> at(type, "/spec").put("summary", "Unhappy with us?").put("publicTitle", "Make a complaint"));

		assertThat(sentences(COMPLAINT, after)).containsExactly("Name shown to residents of 'Complaint' added",
				"Summary of 'Complaint' changed");
	}

	@Test
	void tellsChannelsAddedAndRemoved() {
		ObjectNode after = edited(COMPLAINT,
				type -> at(type, "/spec").set("channels", Documents.node("[\"web\", \"phone\"]")));

		assertThat(sentences(COMPLAINT, after)).containsExactly("Channel 'phone' added to 'Complaint'",
				"Channel 'email' removed from 'Complaint'");
	}

	@Test
	void namesAFieldItDoesNotKnowHowToTell() {
		ObjectNode after = edited(COMPLAINT, type -> at(type, "/spec").put("referenceFormat", "{prefix}{seq:5}"));

		assertThat(sentences(COMPLAINT, after)).containsExactly("'referenceFormat' changed");
	}

	@Test
	void tellsATemplateSubjectChanged() {
		ObjectNode after = edited(ACKNOWLEDGEMENT, template -> at(template, "/spec").put("subject", "We got it"));

		assertThat(sentences(ACKNOWLEDGEMENT, after)).containsExactly("Subject of 'Acknowledgement email' changed");
	}

	@Test
	void tellsAWelshBodyChangedApartFromTheEnglish() {
		ObjectNode after = edited(ACKNOWLEDGEMENT, template -> at(template, "/spec/body").put("cy", "Diolch yn fawr."));

		assertThat(sentences(ACKNOWLEDGEMENT, after)).containsExactly("Welsh body of 'Acknowledgement email' changed");
	}

	@Test
	void tellsANotifyTemplateIdAddedAndAPlaceholderUsed() {
		ObjectNode after = edited(ACKNOWLEDGEMENT, template -> {
			at(template, "/spec").put("notifyTemplateId", "f33517ff-2a88-4f6e-b855-c550268ce08a");
			at(template, "/spec").withArray("placeholders").add("dueDate");
		});

		assertThat(sentences(ACKNOWLEDGEMENT, after)).containsExactly(
				"GOV.UK Notify template id of 'Acknowledgement email' added",
				"Placeholder 'dueDate' added to 'Acknowledgement email'");
	}

	@Test
	void tellsCodeListValuesAddedRemovedRelabelledAndRetired() {
		ObjectNode before = json("""
				{"kind": "code-list", "id": "outcomes", "title": "Outcomes", "spec": {"values": [
				  {"code": "upheld", "label": "Upheld"}, {"code": "not-upheld", "label": "Not upheld"},
				  {"code": "withdrawn", "label": "Withdrawn"}]}}
				""");
		ObjectNode after = json(
				"""
						{"kind": "code-list", "id": "outcomes", "title": "Outcomes", "spec": {"values": [
						  {"code": "upheld", "label": "Upheld in full"}, {"code": "not-upheld", "label": "Not upheld", "retired": true},
						  {"code": "partly", "label": {"en": "Partly upheld", "cy": "Cadarnhawyd yn rhannol"}}]}}
						""");

		assertThat(sentences(before, after)).containsExactly("Value 'Partly upheld' added to 'Outcomes'",
				"Value 'Withdrawn' removed from 'Outcomes'", "Value 'Upheld' of 'Outcomes' renamed 'Upheld in full'",
				"Value 'Not upheld' of 'Outcomes' retired");
	}

	@Test
	void tellsBrandingChanges() {
		ObjectNode before = json("""
				{"kind": "branding", "id": "public-pages", "title": "Public pages", "spec": {
				  "organisationName": "North Shire County Council", "colour": "#1d70b8", "welsh": false,
				  "privacyNoticeUrl": "https://example.org/privacy"}}
				""");
		ObjectNode after = json("""
				{"kind": "branding", "id": "public-pages", "title": "Public pages", "spec": {
				  "organisationName": "North Shire Council", "colour": "#003078", "welsh": true,
				  "logoUrl": "https://example.org/logo.png", "privacyNoticeUrl": "https://example.org/privacy-notice",
				  "contactUrl": "https://example.org/contact"}}
				""");

		assertThat(sentences(before, after)).containsExactly(
				"Organisation name 'North Shire County Council' → 'North Shire Council'",
				"Brand colour #1d70b8 → #003078", "Logo added", "Welsh pages turned on", "Privacy notice link changed",
				"Contact page link added");
	}

	@Test
	void namesTheChangedFieldsOfAKindItDoesNotDescribe() {
		ObjectNode before = json("""
				{"kind": "qa-policy", "id": "organisation", "title": "Organisation", "spec": {"units": []}}
				""");
		ObjectNode after = json("""
				{"kind": "qa-policy", "id": "organisation", "title": "Organisation", "spec": {"units": [{"id": "x"}]}}
				""");

		assertThat(sentences(before, after)).containsExactly("'units' changed");
	}

}
