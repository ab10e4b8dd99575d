package org.candour.packs;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.candour.api.Refusal;
import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packs in an uploaded zip: either one pack with {@code manifest.json} at the root,
 * or one folder per pack (the pack and its base packs). Shipped packs fill in missing
 * bases.
 */
final class UploadedPacks implements PackRepository {

	private static final long MAX_BYTES = 20L * 1024 * 1024;

	private final Map<String, PackSource> packs;

	private final PackRepository fallback;

	private UploadedPacks(Map<String, PackSource> packs, PackRepository fallback) {
		this.packs = packs;
		this.fallback = fallback;
	}

	static UploadedPacks read(byte[] zip, PackRepository fallback) {
		Map<String, Map<String, byte[]>> folders = new LinkedHashMap<>();
		long total = 0;
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				if (entry.isDirectory() || !entry.getName().endsWith(".json") || entry.getName().contains("..")) {
					continue;
				}
				byte[] bytes = in.readAllBytes();
				total += bytes.length;
				if (total > MAX_BYTES) {
					throw Refusal.malformed("", "pack.too-large", "A pack upload may hold at most 20 MB of JSON");
				}
				String name = entry.getName();
				int slash = name.indexOf('/');
				String folder = slash < 0 ? "" : name.substring(0, slash);
				folders.computeIfAbsent(folder, key -> new TreeMap<>()).put(name.substring(slash + 1), bytes);
			}
		}
		catch (IOException ex) {
			throw Refusal.malformed("", "pack.not-a-zip", "The upload is not a readable zip file");
		}
		Map<String, PackSource> packs = new LinkedHashMap<>();
		folders.forEach((folder, files) -> {
			if (files.containsKey("manifest.json")) {
				String id = JsonMapper.builder()
					.build()
					.readTree(files.get("manifest.json"))
					.path("id")
					.asString(folder);
				packs.put(id, new PackSource(id, files));
			}
		});
		if (packs.isEmpty()) {
			throw Refusal.malformed("", "pack.manifest-missing", "The zip holds no manifest.json");
		}
		return new UploadedPacks(packs, fallback);
	}

	/**
	 * The pack to deploy: the one named, or the only one no other pack in the upload
	 * extends.
	 */
	PackSource top(String named) {
		if (named != null) {
			return Optional.ofNullable(this.packs.get(named))
				.orElseThrow(
						() -> Refusal.malformed("/pack", "pack.not-in-upload", "No pack '" + named + "' in the zip"));
		}
		Set<String> extended = new HashSet<>();
		JsonMapper json = JsonMapper.builder().build();
		this.packs.values()
			.forEach(pack -> extended
				.add(json.readTree(pack.files().get("manifest.json")).path("extends").asString("")));
		var tops = this.packs.keySet().stream().filter(id -> !extended.contains(id)).toList();
		if (tops.size() != 1) {
			throw Refusal.malformed("/pack", "pack.ambiguous",
					"Name the pack to deploy with ?pack=; the zip holds " + tops);
		}
		return this.packs.get(tops.get(0));
	}

	@Override
	public Optional<PackSource> find(String packId) {
		PackSource uploaded = this.packs.get(packId);
		return uploaded != null ? Optional.of(uploaded) : this.fallback.find(packId);
	}

}
