package org.candour.config;

import tools.jackson.databind.node.ObjectNode;

/**
 * The command to create or replace one document of the draft: the document as its author
 * wrote it, checked against its kind's meta-schema when it is put.
 *
 * @param kind the kind the URL names
 * @param id the id the URL names
 * @param content the document
 */
public record DraftDocument(String kind, String id, ObjectNode content) {
}
