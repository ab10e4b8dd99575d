package org.candour.workflow;

/** Red-amber-green status of a clock, or its outcome once stopped. */
public enum Rag {

	/** Running, and not yet within the warning period. */
	GREEN,
	/** Running, and due within the warning period. */
	AMBER,
	/** Running past its due date. */
	RED,
	/** Stopped on or before its due date. */
	MET,
	/** Stopped after its due date, or marked breached. */
	BREACHED

}
