package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** How SARIF names checked files: URI references that consumers resolve against the source root. */
class ArtifactUrisTest {

	private final Path base = Path.of("/srv/repo");
	private final ArtifactUris uris = new ArtifactUris(base);

	@Test
	void fileBelowTheBaseIsRelativeToTheSourceRoot() {
		JsonObject location = uris.location(base.resolve("sites/a/../b/x.pctopo"));
		assertEquals("sites/b/x.pctopo", location.get("uri").getAsString());
		assertEquals("%SRCROOT%", location.get("uriBaseId").getAsString());
	}

	@Test
	void charactersAUriCannotHoldArePercentEncoded() {
		assertEquals("my%20sites/Z%C3%BCrich%20%2350%25.pctopo",
				ArtifactUris.relative(Path.of("my sites", "Zürich #50%.pctopo")));
	}

	@Test
	void colonInTheFirstSegmentDoesNotReadAsAScheme() {
		assertEquals("./c:d/x.pctopo", ArtifactUris.relative(Path.of("c:d", "x.pctopo")));
		assertEquals("a/c:d.pctopo", ArtifactUris.relative(Path.of("a", "c:d.pctopo")));
	}

	@Test
	void fileOutsideTheBaseIsAnAbsoluteFileUri() {
		JsonObject location = uris.location(Path.of("/srv/other/x y.pctopo"));
		assertEquals("file:///srv/other/x%20y.pctopo", location.get("uri").getAsString());
		assertNull(location.get("uriBaseId"));
	}
}
