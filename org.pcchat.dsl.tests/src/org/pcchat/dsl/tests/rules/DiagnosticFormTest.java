package org.pcchat.dsl.tests.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.tests.support.MinimalTopology.server;
import static org.pcchat.dsl.tests.support.MinimalTopology.withServers;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/**
 * The rule ID of a diagnostic is its code, never part of its message; the one-line form Xtext's
 * tools print (xtext-maven-plugin logs {@code toString()}) names it after the message, as
 * {@code pcchat check} does.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class DiagnosticFormTest {

	@Inject
	private Topologies topologies;

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', value = {
			"PC201 | installed MSMQ, DotNet45 | installed DotNet45 | Persistent Chat server 'pc1' does not have Message Queuing (MSMQ) installed; every Persistent Chat Server needs it | 27 | 20",
			"PC002 | nexthop FE | nexthop FX | There is no Front End named 'FX' in this topology; declare it or correct the name | 24 | 21",
			"PC001 | store SQL.MGC | store SQL.MGC } } } } | unexpected `}` after the end of the topology; a file holds exactly one topology { ... } | 25 | 33" })
	void messageIsTheSentenceAndTheOneLineFormNamesTheRule(String rule, String valid, String broken, String message,
			int line, int column) {
		String text = withServers(server("pc1", "pc1.minimal.local")).replace(valid, broken);
		List<Issue> issues = topologies.issues(topologies.load("form.pctopo", text)).stream()
				.filter(issue -> rule.equals(issue.getCode())).toList();
		assertEquals(1, issues.size(), issues::toString);
		Issue issue = issues.get(0);
		assertEquals(message, issue.getMessage());
		assertEquals("ERROR:" + message + " [" + rule + "] (inmemory:/form.pctopo line : " + line + " column : " + column
				+ ")", issue.toString());
	}
}
