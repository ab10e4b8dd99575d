package org.candour.cases;

/** A new case was logged. */
public record CaseLogged(CaseReference reference, String feedbackType, String channel) {

}
