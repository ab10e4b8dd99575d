package org.candour.cases;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code candour.integrity.*}: the key that signs case histories, kept outside the
 * database.
 *
 * @param key the secret (at least 32 characters; environment
 * {@code CANDOUR_INTEGRITY_KEY}); required with an external MongoDB
 * @param keyFile a file holding the key (Base64, generated when missing); on the embedded
 * default without {@code key} it is {@code integrity.key} in the data directory
 */
@ConfigurationProperties("candour.integrity")
record IntegritySettings(String key, Path keyFile) {

}
