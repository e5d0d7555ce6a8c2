package org.pcchat.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.config.ConfigurationProblem;
import org.pcchat.dsl.rules.config.RuleConfiguration;
import org.pcchat.dsl.rules.config.RuleConfigurationParser;
import org.pcchat.dsl.rules.config.RuleLevel;
import org.pcchat.dsl.tests.PctopoInjectorProvider;

import com.google.inject.Inject;

/** Reading pcchat.json: levels per rule, and each problem at the line and column of its token. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class RuleConfigurationParserTest {

	@Inject
	private RuleConfigurationParser parser;

	@Test
	void readsEveryLevel() {
		RuleConfiguration configuration = parse("""
				{"rules": {"PC208": "off", "PC501": "error", "PC215": "info", "PC605": "warning"}}""");
		assertEquals(Map.of("PC208", RuleLevel.OFF, "PC501", RuleLevel.ERROR, "PC215", RuleLevel.INFO,
				"PC605", RuleLevel.WARNING), configuration.levels());
		assertEquals(List.of(), configuration.problems());
	}

	@Test
	void emptyObjectConfiguresNothing() {
		assertEquals(Map.of(), parse("{}").levels());
		assertEquals(List.of(), parse("{\"rules\": {}}").problems());
	}

	@Test
	void unknownRuleIsReportedAtItsName() {
		RuleConfiguration configuration = parse("{\n  \"rules\": {\n    \"PC208\": \"off\",\n    \"PC999\": \"off\"\n  }\n}");
		assertEquals(Map.of("PC208", RuleLevel.OFF), configuration.levels());
		assertProblem(configuration, 4, 5, "unknown rule 'PC999'; pcchat rules lists them");
	}

	@Test
	void unknownLevelIsReportedAtTheValue() {
		RuleConfiguration configuration = parse("{\"rules\": {\"PC208\": \"loud\"}}");
		assertEquals(Map.of(), configuration.levels());
		assertProblem(configuration, 1, 21, "unknown level 'loud' for PC208; use \"error\", \"warning\", \"info\" or \"off\"");
	}

	@Test
	void levelsAreWrittenInLowerCase() {
		assertProblem(parse("{\"rules\": {\"PC208\": \"Error\"}}"), 1, 21,
				"unknown level 'Error' for PC208; use \"error\", \"warning\", \"info\" or \"off\"");
	}

	@Test
	void levelMustBeAString() {
		assertProblem(parse("{\"rules\": {\"PC208\": false}}"), 1, 21,
				"unknown level false for PC208; use \"error\", \"warning\", \"info\" or \"off\"");
		assertProblem(parse("{\"rules\": {\"PC208\": {\"level\": \"off\"}}}"), 1, 21,
				"unknown level (a JSON object) for PC208; use \"error\", \"warning\", \"info\" or \"off\"");
	}

	@Test
	void syntaxNamesAndReferencesCannotBeConfigured() {
		assertProblem(parse("{\"rules\": {\"PC001\": \"off\"}}"), 1, 12,
				"PC001 (Syntax error) cannot be configured: it is always reported as error");
		assertProblem(parse("{\"rules\": {\"PC002\": \"warning\"}}"), 1, 12,
				"PC002 (Unresolved reference) cannot be configured: it is always reported as error");
		assertProblem(parse("{\"rules\": {\"PC003\": \"off\"}}"), 1, 12,
				"PC003 (Duplicate name) cannot be configured: it is always reported as error");
		assertProblem(parse("{\"rules\": {\"PC901\": \"off\"}}"), 1, 12,
				"PC901 (Invalid pcchat.json) cannot be configured: it is always reported as error");
	}

	@Test
	void firstRuleAfterTheFixedOnesCanBeConfigured() {
		assertEquals(Map.of("PC004", RuleLevel.WARNING, "PC902", RuleLevel.OFF),
				parse("{\"rules\": {\"PC004\": \"warning\", \"PC902\": \"off\"}}").levels());
	}

	@Test
	void ruleConfiguredTwiceIsReportedAtTheSecondEntry() {
		RuleConfiguration configuration = parse("{\"rules\": {\n\"PC208\": \"off\",\n\"PC208\": \"error\"}}");
		assertEquals(Map.of("PC208", RuleLevel.OFF), configuration.levels());
		assertProblem(configuration, 3, 1, "PC208 is configured twice (first on line 2); keep one entry");
	}

	@Test
	void unknownSettingIsReported() {
		RuleConfiguration configuration = parse("{\"rule\": {\"PC208\": \"off\"}}");
		assertEquals(Map.of(), configuration.levels());
		assertProblem(configuration, 1, 2, "unknown setting 'rule'; the only setting is \"rules\"");
	}

	@Test
	void rulesMustBeAnObject() {
		assertProblem(parse("{\"rules\": [\"PC208\"]}"), 1, 11,
				"\"rules\" must be an object mapping rule IDs to levels, e.g. {\"PC208\": \"off\"}");
	}

	@Test
	void fileMustHoldOneObject() {
		assertProblem(parse("[]"), 1, 1, "must hold one JSON object, e.g. {\"rules\": {\"PC208\": \"off\"}}");
		assertProblem(parse(""), 1, 1, "must hold one JSON object, e.g. {\"rules\": {\"PC208\": \"off\"}}");
		assertProblem(parse("{} {}"), 1, 4, "unexpected content after the JSON object");
	}

	@Test
	void invalidJsonDiscardsTheWholeFile() {
		RuleConfiguration configuration = parse("{\"rules\": {\n  \"PC208\": \"off\",\n  \"PC501\": error\n}}");
		assertEquals(Map.of(), configuration.levels());
		assertEquals(1, configuration.problems().size());
		ConfigurationProblem problem = configuration.problems().get(0);
		assertEquals(List.of(3, 12), List.of(problem.line(), problem.column()));
		assertTrue(problem.message().startsWith("invalid JSON: Unrecognized token 'error'"), problem.message());
		assertTrue(problem.message().endsWith("; the file is ignored until this is fixed"), problem.message());
	}

	@Test
	void trailingCommaIsInvalidJson() {
		ConfigurationProblem problem = parse("{\"rules\": {\"PC208\": \"off\",}}").problems().get(0);
		assertEquals(List.of(1, 27), List.of(problem.line(), problem.column()));
	}

	private RuleConfiguration parse(String text) {
		return parser.parse(Path.of("pcchat.json"), text);
	}

	private static void assertProblem(RuleConfiguration configuration, int line, int column, String message) {
		assertEquals(List.of(new ConfigurationProblem(line, column, message)), configuration.problems());
	}
}
