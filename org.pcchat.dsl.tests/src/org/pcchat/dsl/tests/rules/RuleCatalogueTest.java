package org.pcchat.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rule;
import org.pcchat.dsl.rules.RuleCatalogue;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.rules.Source;
import org.pcchat.dsl.rules.Sources;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Locations;

import com.google.inject.Inject;

/**
 * The rule catalogue ({@code rules.properties}) declares every rule the code uses, each completely,
 * and exactly the rules of DOMAIN.md's table plus pcchat's PC9xx tool rules.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class RuleCatalogueTest {

	/** The IDs of DOMAIN.md section 2, copied so that the test also runs without the specification beside the repository. */
	private static final Set<String> DOMAIN_RULES = Set.of("PC001", "PC002", "PC003", "PC004", "PC005", "PC006",
			"PC101", "PC102", "PC103",
			"PC201", "PC202", "PC203", "PC204", "PC205", "PC206", "PC207", "PC208", "PC209", "PC210", "PC211",
			"PC212", "PC213", "PC214", "PC215", "PC216", "PC217", "PC218", "PC220",
			"PC301", "PC302", "PC303", "PC304", "PC305", "PC306", "PC307", "PC308", "PC309", "PC310", "PC311",
			"PC314", "PC315", "PC316", "PC317", "PC318",
			"PC401", "PC402", "PC403", "PC404",
			"PC501", "PC502", "PC503",
			"PC601", "PC602", "PC603", "PC604", "PC605");

	/**
	 * Rules of the specification the catalogue does not have yet (issue 12 adds them). Each must still be
	 * missing: one that arrives fails the test, so that it leaves this list the day it lands.
	 */
	private static final Set<String> EXPECTED_MISSING = Set.of();

	/** Rules whose quick fix the specification added and the IDE does not offer yet (issue 12); strict as above. */
	private static final Set<String> EXPECTED_MISSING_QUICK_FIX = Set.of();

	private static final Pattern RULE_ID = Pattern.compile("PC\\d{3}");
	private static final Pattern STRING_LITERAL = Pattern.compile("\"(?:[^\"\\\\\\n]|\\\\.)*\"");
	private static final Pattern TABLE_ROW = Pattern.compile("^\\| (PC\\d{3}) \\| ([^|]+) \\|(?:[^|]*\\|){2} ([^|]+) \\|$",
			Pattern.MULTILINE);
	private static final Set<String> FIELDS = Set.of("title", "severity", "source", "requirement", "fix", "quickfix",
			"configurable", "suppressible", "doc");
	private static final Set<String> REQUIRED_FIELDS = Set.of("title", "severity", "source", "requirement", "fix", "doc");
	private static final String LYNC_PAGES = "https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-";
	/** What users do not have: the specification's files, or any Markdown file name. */
	private static final Pattern FILE_CITATION = Pattern.compile("DOMAIN|LANGUAGE\\.md|[\\w-]+\\.md\\b");

	@Inject
	private RuleCatalogue catalogue;

	@Test
	void everyRulesConstantIsInTheCatalogue() throws IllegalAccessException {
		for (Map.Entry<String, String> constant : rulesConstants().entrySet()) {
			assertTrue(catalogue.contains(constant.getValue()),
					() -> "Rules." + constant.getKey() + " = " + constant.getValue() + " is not in rules.properties");
		}
	}

	@Test
	void everyCatalogueRuleHasARulesConstant() throws IllegalAccessException {
		Set<String> constants = new TreeSet<>(rulesConstants().values());
		assertEquals(ids(), constants, "rules.properties vs the constants of Rules");
	}

	@Test
	void rulesConstantsAreDistinct() throws IllegalAccessException {
		Map<String, String> constants = rulesConstants();
		assertEquals(constants.size(), new TreeSet<>(constants.values()).size(), () -> constants.toString());
	}

	@Test
	void everyRuleIdWrittenInTheSourcesIsInTheCatalogue() throws IOException {
		Set<String> unknown = new TreeSet<>();
		for (Path source : productionSources()) {
			Matcher literal = STRING_LITERAL.matcher(Files.readString(source, StandardCharsets.UTF_8));
			while (literal.find()) {
				Matcher id = RULE_ID.matcher(literal.group());
				while (id.find()) {
					if (!catalogue.contains(id.group())) {
						unknown.add(id.group() + " in " + Locations.repositoryRoot().relativize(source));
					}
				}
			}
		}
		assertEquals(Set.of(), unknown, "rule IDs written in string literals but not in rules.properties");
	}

	@Test
	void everyCatalogueEntryIsComplete() throws IOException {
		Properties properties = rawCatalogue();
		Map<String, Set<String>> fieldsById = new TreeMap<>();
		for (String key : properties.stringPropertyNames()) {
			String[] parts = key.split("\\.", 2);
			String field = parts.length == 2 && parts[1].startsWith("requirement.") ? "requirement" : parts[parts.length - 1];
			assertTrue(parts.length == 2 && RULE_ID.matcher(parts[0]).matches() && FIELDS.contains(field),
					() -> "rules.properties has an unexpected key '" + key + "'");
			assertFalse(properties.getProperty(key).isBlank(), () -> key + " is empty");
			fieldsById.computeIfAbsent(parts[0], id -> new TreeSet<>()).add(field);
		}
		for (Map.Entry<String, Set<String>> rule : fieldsById.entrySet()) {
			assertTrue(rule.getValue().containsAll(REQUIRED_FIELDS),
					() -> rule.getKey() + " lacks some of " + REQUIRED_FIELDS + ": has " + rule.getValue());
			assertTrue(Set.of("error", "warning", "info").contains(properties.getProperty(rule.getKey() + ".severity")),
					() -> rule.getKey() + ".severity must be error, warning or info");
			for (String flag : List.of("quickfix", "configurable", "suppressible")) {
				assertTrue(Set.of("true", "false").contains(properties.getProperty(rule.getKey() + "." + flag, "false")),
						() -> rule.getKey() + "." + flag + " must be true or false");
			}
		}
		assertEquals(ids(), fieldsById.keySet(), "every rule of rules.properties is loaded by RuleCatalogue");
	}

	/** Also catches a rule added later with a file name or a page outside the table as its source. */
	@Test
	void everyRuleCitesAnHttpsPageOfTheTableOfSources() throws IOException {
		Properties properties = rawCatalogue();
		for (Rule rule : catalogue.all()) {
			String key = properties.getProperty(rule.id() + ".source");
			assertTrue(Sources.contains(key), () -> rule.id() + ".source = " + key + " is not a key of sources.properties");
			assertEquals(Sources.get(key), rule.source());
			assertTrue(rule.source().url().startsWith("https://"), () -> rule.id() + " cites " + rule.source().url());
		}
	}

	@Test
	void theTableOfSourcesHoldsHttpsPagesWithTitles() {
		assertFalse(Sources.all().isEmpty());
		for (Source source : Sources.all()) {
			assertTrue(source.url().matches("https://[^\\s|]+"), () -> source.key() + " is not an https link: " + source.url());
			assertFalse(source.title().isBlank(), () -> source.key() + " has no title");
			assertFalse(source.url().endsWith(".md"), () -> source.key() + " links a file, not a page: " + source.url());
			if (source.url().contains("/lync-server-2013/")) {
				assertTrue(source.url().startsWith(LYNC_PAGES), () -> source.key() + " is not a Lync Server 2013 page name");
			}
		}
		assertEquals(Sources.all().size(), Sources.all().stream().map(Source::url).distinct().count(), "a page is listed twice");
	}

	@Test
	void noCatalogueTextCitesAFileUsersDoNotHave() {
		for (Rule rule : catalogue.all()) {
			List<String> texts = new ArrayList<>(List.of(rule.title(), rule.documentation(), rule.requirement(), rule.fix(),
					rule.source().title(), rule.source().url()));
			texts.addAll(rule.productRequirements().values());
			for (String text : texts) {
				assertFalse(FILE_CITATION.matcher(text).find(), () -> rule.id() + " cites a file: " + text);
			}
		}
	}

	/** A requirement is what the item meets, not the violation: it is a sentence, never the title. */
	@Test
	void requirementsAreSentencesAndNotTheViolation() {
		for (Rule rule : catalogue.all()) {
			assertTrue(rule.requirement().endsWith(".") && rule.fix().endsWith("."), () -> rule.id() + ": " + rule.requirement());
			assertFalse(rule.requirement().toLowerCase(Locale.ROOT).contains(rule.title().toLowerCase(Locale.ROOT)),
					() -> rule.id() + "'s requirement repeats its title");
		}
		assertEquals(catalogue.get("PC301").requirement(), catalogue.get("PC301").requirementFor("Lync2013"));
		assertTrue(catalogue.get("PC301").requirementFor("SkypeForBusiness2015").startsWith("Skype for Business Server 2015"));
	}

	@Test
	void catalogueHasTheDomainRulesAndToolRules() {
		Set<String> domainRules = ids().stream().filter(id -> !catalogue.get(id).isToolRule())
				.collect(Collectors.toCollection(TreeSet::new));
		Set<String> expected = new TreeSet<>(DOMAIN_RULES);
		expected.removeAll(EXPECTED_MISSING);
		assertEquals(expected, domainRules, "rules.properties vs DOMAIN.md section 2 (less EXPECTED_MISSING)");
		assertTrue(ids().stream().filter(id -> catalogue.get(id).isToolRule()).allMatch(id -> id.startsWith("PC9")));
	}

	@Test
	void copyOfDomainRulesMatchesTheSpecification() throws IOException {
		Map<String, String[]> table = domainTable();
		assertEquals(new TreeSet<>(DOMAIN_RULES), table.keySet(), "DOMAIN_RULES vs the rule table of the specification");
	}

	@Test
	void severitiesAndQuickFixesMatchTheSpecification() throws IOException {
		Map<String, String[]> table = domainTable();
		for (Map.Entry<String, String[]> row : table.entrySet()) {
			if (EXPECTED_MISSING.contains(row.getKey())) {
				assertFalse(catalogue.contains(row.getKey()), () -> row.getKey() + " is in the catalogue now: remove it from EXPECTED_MISSING");
				continue;
			}
			Rule rule = catalogue.get(row.getKey());
			String severity = row.getValue()[0].split(" ")[0]; // PC605: "error / warning"
			assertEquals(severity, rule.defaultSeverity().name().toLowerCase(), () -> row.getKey() + " severity");
			boolean specified = !row.getValue()[1].equals("–");
			if (EXPECTED_MISSING_QUICK_FIX.contains(row.getKey())) {
				assertTrue(specified && !rule.hasQuickFix(),
						() -> row.getKey() + " has its quick fix now: remove it from EXPECTED_MISSING_QUICK_FIX");
				continue;
			}
			assertEquals(specified, rule.hasQuickFix(), () -> row.getKey() + " quick fix");
		}
	}

	@Test
	void onlySyntaxLinksNamesAndTheConfigurationItselfAreFixed() {
		Set<String> fixed = ids().stream().filter(id -> !catalogue.get(id).isConfigurable())
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(Set.of(Rules.SYNTAX_ERROR, Rules.UNRESOLVED_REFERENCE, Rules.DUPLICATE_NAME,
				Rules.INVALID_CONFIGURATION), fixed);
	}

	@Test
	void onlyConfigurableTopologyRulesAreSuppressible() {
		for (Rule rule : catalogue.all()) {
			assertEquals(rule.isConfigurable() && !rule.isToolRule(), rule.isSuppressible(), () -> rule.id() + " suppressible");
		}
	}

	private Set<String> ids() {
		return catalogue.all().stream().map(Rule::id).collect(Collectors.toCollection(TreeSet::new));
	}

	private static Map<String, String> rulesConstants() throws IllegalAccessException {
		Map<String, String> constants = new TreeMap<>();
		for (Field field : Rules.class.getDeclaredFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				constants.put(field.getName(), (String) field.get(null));
			}
		}
		assertFalse(constants.isEmpty(), "no constants found in Rules");
		return constants;
	}

	/** Java sources of every production bundle ({@code org.pcchat.*}, not tests); generated code excluded. */
	private static Set<Path> productionSources() throws IOException {
		Set<Path> sources = new TreeSet<>();
		try (Stream<Path> bundles = Files.list(Locations.repositoryRoot())) {
			for (Path bundle : bundles.filter(b -> b.getFileName().toString().startsWith("org.pcchat.")
					&& !b.getFileName().toString().endsWith(".tests") && Files.isDirectory(b.resolve("src"))).toList()) {
				// Maven-layout modules (the CLI) keep their tests under src/test: not production code.
				Path tests = bundle.resolve("src/test");
				try (Stream<Path> files = Files.walk(bundle.resolve("src"))) {
					files.filter(f -> f.toString().endsWith(".java") && !f.startsWith(tests)).forEach(sources::add);
				}
			}
		}
		assertTrue(sources.stream().anyMatch(s -> s.endsWith("Rules.java")), () -> "no runtime sources in " + sources);
		return sources;
	}

	private static Properties rawCatalogue() throws IOException {
		Properties properties = new Properties();
		try (InputStream in = RuleCatalogue.class.getResourceAsStream("rules.properties")) {
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

	/** ID to {severity, quick fix} of the specification's rule table; the test is skipped without it. */
	private static Map<String, String[]> domainTable() throws IOException {
		Path domain = Locations.specification("DOMAIN.md");
		Map<String, String[]> rows = new TreeMap<>();
		Matcher row = TABLE_ROW.matcher(Files.readString(domain, StandardCharsets.UTF_8));
		while (row.find()) {
			rows.put(row.group(1), new String[] { row.group(2).strip(), row.group(3).strip() });
		}
		assertFalse(rows.isEmpty(), "no rule rows found in " + domain);
		return rows;
	}
}
