package org.candour.config;

/**
 * The outcome of a publish or rollback.
 *
 * @param version the active version afterwards
 * @param created false when the content equalled the active version's, so nothing was
 * published
 */
public record Publication(ConfigVersion version, boolean created) {

}
