package org.candour.cases;

/**
 * A file of a case as its history records it.
 *
 * @param id the stored file's id
 * @param sha256 the SHA-256 of its content when it joined the case, in hexadecimal
 */
public record FileDigest(String id, String sha256) {

}
