package org.candour.packs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.candour.definition.pack.PackRepository;
import org.candour.definition.pack.PackSource;

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

}
