package org.pcchat.dsl.rules.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.CommonPlugin;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Finds the {@code pcchat.json} that applies to a topology: the one in its folder or the nearest
 * ancestor folder. Only files on disk have one ({@code file:} URIs, and {@code platform:} URIs that
 * resolve to files); each file is parsed once and again only when its modification time changes.
 */
@Singleton
public class RuleConfigurations {

	public static final String FILE_NAME = "pcchat.json";

	private record Parsed(FileTime modified, long size, RuleConfiguration configuration) {
	}

	private final Map<Path, Parsed> cache = new ConcurrentHashMap<>();

	@Inject
	private RuleConfigurationParser parser;

	/** The configuration of {@code resource}; {@link RuleConfiguration#NONE} when none applies. */
	public RuleConfiguration forResource(Resource resource) {
		return resource == null ? RuleConfiguration.NONE : forUri(resource.getURI());
	}

	public RuleConfiguration forUri(URI uri) {
		Path topology = toPath(uri);
		if (topology == null) {
			return RuleConfiguration.NONE;
		}
		for (Path folder = topology.getParent(); folder != null; folder = folder.getParent()) {
			Path candidate = folder.resolve(FILE_NAME);
			if (Files.isRegularFile(candidate)) {
				return read(candidate);
			}
		}
		return RuleConfiguration.NONE;
	}

	private RuleConfiguration read(Path file) {
		try {
			FileTime modified = Files.getLastModifiedTime(file);
			long size = Files.size(file);
			Parsed known = cache.get(file);
			if (known == null || !known.modified().equals(modified) || known.size() != size) {
				known = new Parsed(modified, size, parser.parse(file, Files.readString(file, StandardCharsets.UTF_8)));
				cache.put(file, known);
			}
			return known.configuration();
		} catch (IOException e) {
			return new RuleConfiguration(file, Map.of(),
					List.of(new ConfigurationProblem(1, 1, "cannot be read: " + e.getMessage())));
		}
	}

	/** The configuration file as a message names it: relative to the topology's folder when possible. */
	public static String displayName(RuleConfiguration configuration, Resource topology) {
		Path file = configuration.file();
		Path path = topology == null ? null : toPath(topology.getURI());
		if (file == null || path == null || path.getParent() == null) {
			return FILE_NAME;
		}
		return path.getParent().relativize(file).toString().replace('\\', '/');
	}

	/** The file a resource URI denotes, or null when it is not a file on disk. */
	public static Path toPath(URI uri) {
		URI resolved = uri == null ? null : CommonPlugin.resolve(uri);
		if (resolved == null || !resolved.isFile() || resolved.toFileString() == null) {
			return null;
		}
		return Path.of(resolved.toFileString()).toAbsolutePath().normalize();
	}
}
