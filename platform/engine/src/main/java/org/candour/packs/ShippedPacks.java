package org.candour.packs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The packs shipped inside Candour (the repository's {@code tenant-configs/}, on the
 * classpath).
 */
@Component
public class ShippedPacks implements PackRepository {

	static final String ROOT = "candour/packs/";

	private final PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();

	/** Every shipped pack, by title, as its manifest describes it. */
	public List<ShippedPack> list() {
		try {
			List<ShippedPack> packs = new ArrayList<>();
			JsonMapper json = JsonMapper.builder().build();
			for (Resource manifest : this.resolver.getResources("classpath*:" + ROOT + "*/manifest.json")) {
				JsonNode read = json.readTree(manifest.getContentAsByteArray());
				packs.add(new ShippedPack(read.path("id").asString(), read.path("title").asString(),
						read.path("description").asString(""), read.path("extends").isMissingNode()));
			}
			packs.sort(Comparator.comparing(ShippedPack::title));
			return packs;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public Optional<PackSource> find(String packId) {
		try {
			Resource[] resources = this.resolver.getResources("classpath*:" + ROOT + packId + "/**/*.json");
			Map<String, byte[]> files = new TreeMap<>();
			for (Resource resource : resources) {
				String url = resource.getURL().toString();
				String relative = url.substring(url.lastIndexOf(ROOT + packId + "/") + (ROOT + packId + "/").length());
				files.put(relative, resource.getContentAsByteArray());
			}
			return files.containsKey("manifest.json") ? Optional.of(new PackSource(packId, files)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * A pack shipped with Candour.
	 *
	 * @param id what deploys it
	 * @param title its manifest's title
	 * @param description what it configures
	 * @param base whether it extends no other pack (the essentials authority packs build
	 * on)
	 */
	public record ShippedPack(String id, String title, String description, boolean base) {
	}

}
