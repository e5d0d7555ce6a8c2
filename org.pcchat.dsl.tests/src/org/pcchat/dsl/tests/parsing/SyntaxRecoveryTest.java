package org.pcchat.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.MinimalTopology;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/**
 * A syntax error costs at most the element it is in (docs/LANGUAGE.md): one PC001
 * that speaks the language, nothing from the text the parser could not read, and the elements after
 * it checked as usual. Each text is the valid minimal topology with one mistake, and an SQL server
 * after everything else whose SQL Server 2005 (PC301) must still be reported.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class SyntaxRecoveryTest {

	private static final String VALID = MinimalTopology.withServers(MinimalTopology.server("pc1", "pc1.minimal.local"))
			.replace("        }\n    }\n}\n", """
					        }
					        sqlserver Old {
					            fqdn "old.minimal.local"
					            sql SQL2005
					        }
					    }
					}
					""");

	/** The finding in the element after every other one. */
	private static final String LATER_FINDING = "PC301 36:17 SQL server 'Old' runs SQL Server 2005, which Lync Server"
			+ " 2013 does not support; use one of SQL2008R2, SQL2012";

	@Inject
	private Topologies topologies;

	@Test
	void theValidTopologyHasOnlyTheLaterFinding() {
		assertEquals(List.of(LATER_FINDING), issues(VALID));
	}

	@Test
	void misspelledElementKeywordIsOneErrorAndItsBodyNothingElse() {
		assertEquals(List.of("PC001 22:9 unknown keyword `persistenchat`; did you mean `persistentchat`?",
				LATER_FINDING), issues(replace("persistentchat pool PC {", "persistenchat pool PC {")));
	}

	/** References to the names in the unread element are not reported either: the element may declare them. */
	@Test
	void misspelledSqlServerHidesNoReferenceToIt() {
		assertEquals(List.of("PC001 4:9 unknown keyword `sqlsrever`; did you mean `sqlserver`?", LATER_FINDING),
				issues(replace("sqlserver SQL {", "sqlsrever SQL {")));
	}

	@Test
	void misspelledSecondKeywordOfAnElementIsOneError() {
		assertEquals(List.of("PC001 12:9 unknown keyword `poool` after `frontend`; did you mean `pool`?", LATER_FINDING),
				issues(replace("frontend pool FE {", "frontend poool FE {")));
	}

	/** Without it the server would have no FQDN (PC005): what the server lacks may be in the text not read. */
	@Test
	void misspelledAttributeKeywordIsOneError() {
		assertEquals(List.of("PC001 28:17 unknown keyword `fqnd`; did you mean `fqdn`?", LATER_FINDING),
				issues(replace("fqdn \"pc1.minimal.local\"", "fqnd \"pc1.minimal.local\"")));
		assertEquals(List.of("PC001 9:13 unknown keyword `instanse`; did you mean `instance`?", LATER_FINDING),
				issues(replace("instance MGC", "instanse MGC")));
	}

	@Test
	void wordsBeforeAnElementsBlockAreOneErrorAndTheBlockIsRead() {
		assertEquals(List.of("PC001 27:31 unknown keyword `extra` after `active`; expected `{`", LATER_FINDING),
				issues(replace("server pc1 {", "server pc1 active extra {")));
	}

	/** The version was not read: no rule reports on it (once, the model's default "SQL Server 2000" was). */
	@Test
	void valueTheParserSkippedIsJudgedByNoRule() {
		assertEquals(List.of("PC001 6:17 expected a version after `sql`, found `2012`", LATER_FINDING),
				issues(replace("sql SQL2012 edition", "sql 2012 edition")));
	}

	@Test
	void missingValueIsOneError() {
		assertEquals(List.of("PC001 25:19 unknown keyword `SQL` after `store`, which `nexthop` takes for the name of a"
				+ " Front End: is that value missing?", LATER_FINDING), issues(replace("nexthop FE\n", "nexthop\n")));
	}

	/** A pool whose server text was cut has no "no active server" (PC204), no "no MSMQ" on the server. */
	@Test
	void textCutShortReportsNothingItsElementsLack() {
		String cut = VALID.substring(0, VALID.indexOf("installed MSMQ"));
		assertEquals(List.of("PC001 29:37 `}` is missing before the end of the file (Persistent Chat server 'pc1' is"
				+ " not closed)"), issues(cut));
	}

	@Test
	void missingClosingBraceOfTheTopologyKeepsEveryFinding() {
		assertEquals(List.of(LATER_FINDING, "PC001 38:6 `}` is missing before the end of the file (topology 'Minimal'"
				+ " is not closed)"), issues(VALID.substring(0, VALID.lastIndexOf('}'))));
	}

	/** The keyword of an attribute that cannot stand where it is: most likely the block before it did not end. */
	@Test
	void missingClosingBraceBeforeAnElementIsOneError() {
		assertEquals(List.of("PC001 10:9 `}` is missing before `fileshare` (SQL server 'SQL' is not closed)",
				LATER_FINDING.replace("36:17", "35:17")),
				issues(replace("            instance MGC\n        }\n", "            instance MGC\n")));
	}

	@Test
	void keywordReadAsAMissingValueIsOneError() {
		assertEquals(List.of("PC001 19:87 unexpected `2048` after `keysize`, which `issuer` takes for the name of a"
				+ " certificate authority: is that value missing?", LATER_FINDING),
				issues(replace("issuer CA\n", "issuer keysize 2048\n")));
	}

	@Test
	void strayValueIsOneError() {
		assertEquals(List.of("PC001 28:42 unexpected `\"pc1\"` in Persistent Chat server 'pc1'; expected `fqdn`, `os`,"
				+ " `timezone`, `hardware`, `installed`, `certificate`, `datacenter` or `}`", LATER_FINDING),
				issues(replace("fqdn \"pc1.minimal.local\"", "fqdn \"pc1.minimal.local\" \"pc1\"")));
	}

	@Test
	void messagesSayWhatWasExpectedAfterWhat() {
		assertEquals(List.of("PC001 27:20 expected a server name after `server`, found `{`", LATER_FINDING),
				issues(replace("server pc1 {", "server {")));
		assertEquals(List.of("PC001 23:13 expected `single`, `on` or `{` after the Persistent Chat pool name 'PC',"
				+ " found `fqdn`", LATER_FINDING), issues(replace("persistentchat pool PC {", "persistentchat pool PC")));
		assertEquals(List.of("PC001 1:1 unknown keyword `topolgy` at the start of the file; did you mean `topology`?",
				LATER_FINDING), issues(replace("topology Minimal", "topolgy Minimal")));
		assertEquals(List.of("PC001 24:18 unknown keyword `abc` after `port`; expected a number",
				LATER_FINDING.replace("36:17", "37:17")),
				issues(replace("nexthop FE", "port abc\n            nexthop FE")));
	}

	/** A string ends with its line: the lines after it are read as usual. */
	@Test
	void unclosedStringOrCommentIsNamed() {
		assertEquals(List.of("PC001 35:18 the string `\"old.minimal.local` is not closed: `\"` is missing at the end of its"
				+ " line", LATER_FINDING), issues(replace("fqdn \"old.minimal.local\"", "fqdn \"old.minimal.local")));
		assertEquals(List.of(LATER_FINDING, "PC001 36:25 the comment `/* no end } } }` is not closed: `*/` is"
				+ " missing before the end of the file"), issues(replace("sql SQL2005", "sql SQL2005 /* no end")));
	}

	private static String replace(String original, String broken) {
		assertTrue(VALID.contains(original), original);
		return VALID.replaceFirst(java.util.regex.Pattern.quote(original), java.util.regex.Matcher.quoteReplacement(broken));
	}

	private List<String> issues(String text) {
		return topologies.issues(text).stream().map(SyntaxRecoveryTest::describe).toList();
	}

	private static String describe(Issue issue) {
		return issue.getCode() + " " + issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getMessage();
	}
}
