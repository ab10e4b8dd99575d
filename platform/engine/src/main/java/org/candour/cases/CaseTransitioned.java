package org.candour.cases;

/** An action moved a case from one state to another. */
public record CaseTransitioned(CaseReference reference, String action, String from, String to, String feedbackType) {

}
