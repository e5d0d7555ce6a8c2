package org.pcchat.dsl.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

import com.google.gson.JsonObject;

/**
 * Where SARIF says a checked file is: relative to the directory pcchat runs in, the base SARIF
 * calls {@code %SRCROOT%}, as code-scanning services expect for files of the checked-out
 * repository; files outside it get their absolute file: URI.
 */
final class ArtifactUris {

	/** The conventional name of the source root in SARIF logs. */
	static final String SOURCE_ROOT = "%SRCROOT%";

	private final Path base;

	ArtifactUris(Path base) {
		this.base = base.toAbsolutePath().normalize();
	}

	/** The SARIF artifactLocation of {@code file}: {@code uri}, and {@code uriBaseId} when relative. */
	JsonObject location(Path file) {
		Path absolute = file.toAbsolutePath().normalize();
		JsonObject location = new JsonObject();
		if (absolute.startsWith(base) && !absolute.equals(base)) {
			location.addProperty("uri", relative(base.relativize(absolute)));
			location.addProperty("uriBaseId", SOURCE_ROOT);
		} else {
			location.addProperty("uri", absolute.toUri().toASCIIString());
		}
		return location;
	}

	/** A relative URI reference: '/' between segments, and characters a URI cannot hold percent-encoded. */
	static String relative(Path path) {
		StringBuilder uri = new StringBuilder();
		for (Path segment : path) {
			if (!uri.isEmpty()) {
				uri.append('/');
			}
			uri.append(encode(segment.toString()));
		}
		// A colon in the first segment would read as a scheme.
		String text = uri.toString();
		int colon = text.indexOf(':');
		int slash = text.indexOf('/');
		return colon >= 0 && (slash < 0 || colon < slash) ? "./" + text : text;
	}

	private static String encode(String segment) {
		try {
			// The path-only constructor quotes what a path may not hold ('%', '?', '#', spaces...) and
			// toASCIIString encodes the rest as UTF-8; '/' cannot occur in a segment.
			return new URI(null, null, segment, null).toASCIIString();
		} catch (URISyntaxException e) {
			throw new IllegalArgumentException("file name " + segment + " cannot be written as a URI", e);
		}
	}
}
