package org.pcchat.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.tests.support.Diagnostics.assertMarks;
import static org.pcchat.dsl.tests.support.Diagnostics.assertNone;

import java.util.Comparator;
import java.util.List;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Diagnostics;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/** Where the Persistent Chat and Front End databases live (PC304-PC307, PC309). */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class DatabasePlacementTest {

	@Inject
	private Topologies topologies;

	/**
	 * A topology with SQL server {@code SQL} (instances A, B and AG in an AlwaysOn group), SQL server
	 * {@code SQL2} (instance A) and the given pools.
	 */
	private static String topology(String... pools) {
		return """
				topology T {
				    site S {
				        sqlserver SQL {
				            fqdn "sql.t.local"
				            instance A
				            instance B
				            instance AG alwayson
				        }
				        sqlserver SQL2 {
				            fqdn "sql2.t.local"
				            instance A
				        }
				%s
				    }
				}
				""".formatted(String.join("\n", pools));
	}

	private static String chatPool(String name, String... lines) {
		return "        persistentchat pool " + name + " {\n            fqdn \"" + name.toLowerCase() + ".t.local\"\n"
				+ String.join("", List.of(lines).stream().map(line -> "            " + line + "\n").toList())
				+ "        }";
	}

	private static String frontEndPool(String name, String backend) {
		return "        frontend pool " + name + " { fqdn \"" + name.toLowerCase() + ".t.local\" backend " + backend + " }";
	}

	private List<Issue> issues(String text) {
		return topologies.issues(text);
	}

	// PC304: one chat database and one compliance database per instance

	@Test
	void twoPoolsCannotStoreOnOneInstance() {
		String text = topology(chatPool("P1", "store SQL.A"), chatPool("P2", "store SQL.A"));
		assertMarks(text, issues(text), Rules.DATABASE_INSTANCE_SHARED, "pool P2", "SQL.A");
	}

	@Test
	void twoPoolsCannotKeepComplianceOnOneInstance() {
		String text = topology(chatPool("P1", "compliance SQL.B"), chatPool("P2", "compliance SQL.B"));
		assertMarks(text, issues(text), Rules.DATABASE_INSTANCE_SHARED, "pool P2", "SQL.B");
	}

	@Test
	void oneChatAndOneComplianceDatabaseMayShareAnInstance() {
		String text = topology(chatPool("P1", "store SQL.A", "compliance SQL.B"), chatPool("P2", "compliance SQL.A"));
		assertNone(issues(text), Rules.DATABASE_INSTANCE_SHARED);
	}

	@Test
	void instancesOfTheSameNameOnDifferentServersAreDifferent() {
		String text = topology(chatPool("P1", "store SQL.A"), chatPool("P2", "store SQL2.A"));
		assertNone(issues(text), Rules.DATABASE_INSTANCE_SHARED);
	}

	// PC305: one Front End pool per back-end SQL server

	@Test
	void anSqlServerBacksOneFrontEndPool() {
		String text = topology(frontEndPool("FE1", "SQL.A"), frontEndPool("FE2", "SQL.B"));
		assertMarks(text, issues(text), Rules.BACKEND_SERVER_SHARED, "pool FE2", "SQL.B");
	}

	@Test
	void frontEndPoolsOnDifferentSqlServersAreFine() {
		String text = topology(frontEndPool("FE1", "SQL.A"), frontEndPool("FE2", "SQL2.A"));
		assertNone(issues(text), Rules.BACKEND_SERVER_SHARED);
	}

	// PC306: the chat database on a Front End back end

	@Test
	void storeOnTheFrontEndBackEndIsWarnedAbout() {
		String text = topology(frontEndPool("FE", "SQL.A"), chatPool("PC", "store SQL.A"));
		Issue issue = assertMarks(text, issues(text), Rules.STORE_ON_BACKEND, "store SQL.A", "SQL.A");
		assertEquals(Severity.WARNING, issue.getSeverity());
	}

	@Test
	void storeOnAnotherInstanceOrComplianceOnTheBackEndIsFine() {
		String text = topology(frontEndPool("FE", "SQL.A"), chatPool("PC", "store SQL.B", "compliance SQL.A"));
		assertNone(issues(text), Rules.STORE_ON_BACKEND);
	}

	@Test
	void everyPoolOnABackEndIsWarnedAboutWithTheFirstFrontEndPoolOnIt() {
		String text = topology(frontEndPool("FE1", "SQL.A"), frontEndPool("FE2", "SQL2.A"), frontEndPool("FE3", "SQL.A"),
				chatPool("P1", "store SQL.B"), chatPool("P2", "store SQL2.A"), chatPool("P3", "store SQL.A"));
		List<Issue> found = Diagnostics.ofRule(issues(text), Rules.STORE_ON_BACKEND);
		assertEquals(List.of(text.indexOf("store SQL2.A") + 6, text.indexOf("store SQL.A") + 6),
				found.stream().map(Issue::getOffset).sorted().toList(), found::toString);
		assertEquals(List.of("Front End pool 'FE2'", "Front End pool 'FE1'"),
				found.stream().sorted(Comparator.comparing(Issue::getOffset))
						.map(issue -> issue.getMessage().replaceAll(".*the back end of (.*'); this.*", "$1")).toList());
	}

	// PC307: no AlwaysOn for Persistent Chat databases

	@ParameterizedTest
	@ValueSource(strings = { "store", "compliance", "backup", "mirror" })
	void noPersistentChatDatabaseOnAlwaysOn(String database) {
		String text = topology(chatPool("PC", database + " SQL.AG"));
		assertMarks(text, issues(text), Rules.DATABASE_ON_ALWAYS_ON, "SQL.AG");
	}

	@ParameterizedTest
	@ValueSource(strings = { "compliance SQL.B mirror SQL.AG backup SQL2.A", "compliance SQL.B mirror SQL2.A backup SQL.AG" })
	void noCopyOfTheComplianceDatabaseOnAlwaysOn(String compliance) {
		String text = topology(chatPool("PC", "store SQL.A", compliance));
		List<Issue> found = Diagnostics.ofRule(issues(text), Rules.DATABASE_ON_ALWAYS_ON);
		assertMarks(text, issues(text), Rules.DATABASE_ON_ALWAYS_ON, "SQL.AG");
		assertTrue(found.get(0).getMessage().contains((compliance.contains("mirror SQL.AG") ? "mirror" : "backup store")
				+ " of the compliance database on"), found::toString);
	}

	@Test
	void aWitnessOnAlwaysOnHoldsNoDatabase() {
		String text = topology(chatPool("PC", "store SQL.A", "mirror SQL2.A", "witness SQL.AG"));
		assertNone(issues(text), Rules.DATABASE_ON_ALWAYS_ON);
	}

	@Test
	void frontEndBackEndOnAlwaysOnIsNotThisRulesConcern() {
		String text = topology(frontEndPool("FE", "SQL.AG"), chatPool("PC", "store SQL.A", "backup SQL2.A"));
		assertNone(issues(text), Rules.DATABASE_ON_ALWAYS_ON);
	}

	// PC309: backup and mirror elsewhere than the store

	@ParameterizedTest
	@ValueSource(strings = { "backup", "mirror" })
	void backupAndMirrorMustDifferFromTheStore(String copy) {
		String text = topology(chatPool("PC", "store SQL.A", copy + " SQL.A"));
		assertMarks(text, issues(text), Rules.BACKUP_SAME_AS_STORE, copy + " SQL.A", "SQL.A");
	}

	@Test
	void backupAndMirrorOnOtherInstancesAreFine() {
		String text = topology(chatPool("PC", "store SQL.A", "backup SQL2.A", "mirror SQL.B"));
		assertNone(issues(text), Rules.BACKUP_SAME_AS_STORE);
	}

	@Test
	void unresolvedDatabasesAreLeftToTheReferenceRule() {
		List<Issue> issues = issues(topology(frontEndPool("FE", "SQL.X"), chatPool("P1", "store SQL.X", "backup SQL.X"),
				chatPool("P2", "store SQL.X")));
		assertEquals(4, Diagnostics.ofRule(issues, Rules.UNRESOLVED_REFERENCE).size(), issues::toString);
		for (String rule : List.of(Rules.DATABASE_INSTANCE_SHARED, Rules.BACKEND_SERVER_SHARED, Rules.STORE_ON_BACKEND,
				Rules.DATABASE_ON_ALWAYS_ON, Rules.BACKUP_SAME_AS_STORE)) {
			// assertNone would refuse the broken text, which is the point here
			assertEquals(List.of(), Diagnostics.ofRule(issues, rule), rule);
		}
	}
}
