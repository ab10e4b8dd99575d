package org.candour.definition;

/** Whether a problem blocks publication. */
public enum Severity {

	ERROR, WARNING

}
