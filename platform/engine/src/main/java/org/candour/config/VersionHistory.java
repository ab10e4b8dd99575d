package org.candour.config;

import java.util.List;

import org.candour.api.Refusal;

import org.springframework.stereotype.Service;

/** Lists, compares and verifies the published versions of the current tenant. */
@Service
public class VersionHistory {

	private final ConfigVersions versions;

	private final ConfigHeads heads;

	VersionHistory(ConfigVersions versions, ConfigHeads heads) {
		this.versions = versions;
		this.heads = heads;
	}

	public int activeNumber() {
		return this.heads.active();
	}

	public List<ConfigVersion> list() {
		return this.versions.list(this.heads.active());
	}

	public ConfigVersion get(int number) {
		if (number < 1 || number > this.heads.active()) {
			throw Refusal.notFound("No configuration version " + number);
		}
		return this.versions.find(number).orElseThrow(() -> Refusal.notFound("No configuration version " + number));
	}

	/** Per document: added, removed or changed (with an RFC 6902 patch from a to b). */
	public List<DocumentDiff.Change> diff(int from, int to) {
		return DocumentDiff.between(get(from).documents(), get(to).documents());
	}

	/**
	 * Recomputes every version's content hash and the chain; reports the first broken
	 * version.
	 */
	public ChainReport verify() {
		String previous = "";
		int active = this.heads.active();
		for (int number = 1; number <= active; number++) {
			ConfigVersion version = this.versions.find(number).orElse(null);
			if (version == null) {
				return new ChainReport(false, number - 1, number, "version is missing");
			}
			if (!ConfigVersion.contentHash(version.documents()).equals(version.contentHash())) {
				return new ChainReport(false, number - 1, number, "documents do not match the content hash");
			}
			if (!version.previousHash().equals(previous)) {
				return new ChainReport(false, number - 1, number,
						"previous hash does not match version " + (number - 1));
			}
			if (!ConfigVersion
				.chainHash(number, version.publishedBy(), version.publishedAt(), version.comment(),
						version.contentHash(), version.previousHash())
				.equals(version.hash())) {
				return new ChainReport(false, number - 1, number, "version record does not match its hash");
			}
			previous = version.hash();
		}
		return new ChainReport(true, active, null, null);
	}

	/**
	 * @param valid whether the whole chain checks out
	 * @param verified how many versions verified before the first break
	 * @param firstBroken the first version that does not verify
	 * @param problem what is wrong with it
	 */
	public record ChainReport(boolean valid, int verified, Integer firstBroken, String problem) {
	}

}
