package org.pcchat.dsl.tests.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.pcchat.dsl.tests.support.Locations;
import org.pcchat.dsl.tests.support.ProductionSources;

/** What docs/ARCHITECTURE.md promises about the sources, checked on the sources themselves. */
class ArchitectureTest {

	/**
	 * Files users do not have: the specification beside the repository ({@code DOMAIN.md}, its
	 * {@code LANGUAGE.md}) and the names of Microsoft's Markdown sources. docs/LANGUAGE.md is ours.
	 */
	private static final Pattern UNPUBLISHED = Pattern.compile(
			"DOMAIN\\.md|(?<!docs/)LANGUAGE\\.md|(?<![/\\w-])lync-server-2013-[a-z0-9-]+\\.md");

	private static final String RUNTIME = "org.pcchat.dsl";

	/** Generated from the grammar: any runtime package may use them. */
	private static final Set<String> GENERATED = Set.of("pctopo", "pctopo.impl", "pctopo.util", "services",
			"parser.antlr", "parser.antlr.internal", "serializer");

	/** The runtime's packages and what each may import of the others (docs/ARCHITECTURE.md); the root binds everything. */
	private static final Map<String, Set<String>> MAY_USE = Map.ofEntries(
			Map.entry("naming", Set.of()),
			Map.entry("model", Set.of("naming")),
			Map.entry("product", Set.of("model")),
			Map.entry("rules", Set.of("model", "naming")),
			Map.entry("rules.config", Set.of("rules")),
			Map.entry("rules.suppression", Set.of("rules", "model", "naming")),
			Map.entry("parser", Set.of("model", "rules")),
			Map.entry("conversion", Set.of("model")),
			Map.entry("scoping", Set.of("model")),
			Map.entry("formatting2", Set.of("model")),
			Map.entry("linking", Set.of("model", "parser", "rules", "validation")),
			Map.entry("validation", Set.of("model", "naming", "parser", "product", "rules", "rules.config",
					"rules.suppression")),
			Map.entry("generator", Set.of("model", "naming", "product", "rules")));

	/** Modules and the pcchat modules they must not import: the runtime knows no editor, ide no UI toolkit. */
	private static final Map<String, Set<String>> MODULES_NEVER_USE = Map.of(
			"org.pcchat.dsl/src", Set.of("org.pcchat.dsl.ide", "org.pcchat.dsl.ui", "org.pcchat.dsl.cli"),
			"org.pcchat.dsl.ide/src", Set.of("org.pcchat.dsl.ui", "org.pcchat.dsl.cli"),
			"org.pcchat.dsl.ui/src", Set.of("org.pcchat.dsl.cli"),
			"org.pcchat.dsl.cli/src/main", Set.of("org.pcchat.dsl.ui"));

	private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
	private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+);", Pattern.MULTILINE);

	@Test
	void runtimePackagesImportOnlyWhatTheyMayUse() {
		Set<String> violations = new TreeSet<>();
		Set<String> seen = new TreeSet<>();
		for (Path source : sourcesOf("org.pcchat.dsl/src")) {
			String text = ProductionSources.read(source);
			String pkg = relative(packageOf(text));
			seen.add(pkg);
			if (pkg.isEmpty()) {
				continue; // the root: Guice bindings of everything
			}
			Set<String> allowed = MAY_USE.get(pkg);
			if (allowed == null) {
				violations.add(pkg + " is not in ArchitectureTest.MAY_USE (nor in docs/ARCHITECTURE.md)");
				continue;
			}
			Matcher imported = IMPORT.matcher(text);
			while (imported.find()) {
				String target = packageOfType(imported.group(1));
				if (target.equals(RUNTIME) || target.startsWith(RUNTIME + ".")) {
					String used = relative(target);
					if (!used.equals(pkg) && !GENERATED.contains(used) && !allowed.contains(used)) {
						violations.add(pkg + " imports " + imported.group(1) + " (" + source.getFileName() + ")");
					}
				}
			}
		}
		assertTrue(seen.containsAll(MAY_USE.keySet()), () -> "packages of MAY_USE without sources: " + seen);
		assertEquals(Set.of(), violations, "docs/ARCHITECTURE.md says which runtime package may use which");
	}

	@Test
	void modulesImportNoModuleAboveThem() {
		Set<String> violations = new TreeSet<>();
		MODULES_NEVER_USE.forEach((folder, forbidden) -> {
			List<Path> sources = sourcesOf(folder);
			assertFalse(sources.isEmpty(), "no sources in " + folder);
			for (Path source : sources) {
				Matcher imported = IMPORT.matcher(ProductionSources.read(source));
				while (imported.find()) {
					String target = imported.group(1);
					if (forbidden.stream().anyMatch(module -> target.startsWith(module + "."))) {
						violations.add(folder + ": " + source.getFileName() + " imports " + target);
					}
				}
			}
		});
		assertEquals(Set.of(), violations);
	}

	private static List<Path> sourcesOf(String folder) {
		Path root = Locations.repositoryRoot().resolve(folder);
		return ProductionSources.all().stream().filter(source -> source.startsWith(root)).toList();
	}

	private static String packageOf(String text) {
		Matcher declared = PACKAGE.matcher(text);
		return declared.find() ? declared.group(1) : "";
	}

	/** The package of an imported type or static member: the segments before the first capitalized one. */
	private static String packageOfType(String name) {
		List<String> segments = new ArrayList<>();
		for (String segment : name.split("\\.")) {
			if (Character.isUpperCase(segment.charAt(0))) {
				break;
			}
			segments.add(segment);
		}
		return String.join(".", segments);
	}

	/** {@code org.pcchat.dsl.rules.config} as {@code rules.config}; the root as the empty string. */
	private static String relative(String pkg) {
		return pkg.equals(RUNTIME) ? "" : pkg.substring(RUNTIME.length() + 1);
	}

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
