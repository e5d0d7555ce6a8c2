package org.pcchat.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** What docs/ARCHITECTURE.md promises about the sources, checked on the sources themselves. */
class ArchitectureTest {

	/**
	 * Files users do not have: the specification beside the repository ({@code DOMAIN.md}, its
	 * {@code LANGUAGE.md}) and the names of Microsoft's Markdown sources. docs/LANGUAGE.md is ours.
	 */
	private static final Pattern UNPUBLISHED = Pattern.compile(
			"DOMAIN\\.md|(?<!docs/)LANGUAGE\\.md|(?<![/\\w-])lync-server-2013-[a-z0-9-]+\\.md");

	@Test
	void productionSourcesCiteOnlyWhatUsersCanOpen() {
		List<Path> sources = ProductionSources.all();
		assertFalse(sources.isEmpty(), "no production sources under " + Locations.repositoryRoot());
		List<String> citations = new ArrayList<>();
		for (Path source : sources) {
			String[] lines = ProductionSources.read(source).split("\n", -1);
			for (int i = 0; i < lines.length; i++) {
				Matcher unpublished = UNPUBLISHED.matcher(lines[i]);
				if (unpublished.find()) {
					citations.add(Locations.repositoryRoot().relativize(source) + ":" + (i + 1) + ": " + unpublished.group());
				}
			}
		}
		assertEquals(List.of(), citations,
				"cite Microsoft's public page (sources.properties) or docs/rules.md#pcNNN instead");
	}
}
