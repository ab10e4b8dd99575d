package org.candour.web.officer.queues;

/** A choice in a select: the value sent and the words shown. */
record Option(String value, String label) {
}
