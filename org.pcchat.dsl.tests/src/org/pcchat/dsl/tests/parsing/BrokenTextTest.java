package org.pcchat.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.Hardware;
import org.pcchat.dsl.pctopo.PctopoPackage;
import org.pcchat.dsl.pctopo.SqlServer;

import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/** Texts cut short or empty, as the command line's fuzz tests found them: still diagnosed in full. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class BrokenTextTest {

	@Inject
	private Topologies topologies;

	@Test
	void emptyTextHasOneSyntaxErrorSayingThereIsNoTopology() {
		List<Issue> issues = topologies.issues("");
		assertEquals(List.of("PC001 1:1 no topology in this file; it holds one topology NAME { ... }"),
				issues.stream().map(BrokenTextTest::describe).toList());
	}

	/** Xtext threw placing a diagnostic at the end of such a text, and every diagnostic of the file was lost. */
	@Test
	void textEndingWithALoneCarriageReturnKeepsAllItsDiagnostics() {
		List<Issue> issues = topologies.issues("topology T {\r  site S {\r    sqlserver Q { fqdn \"q.example.com\" sql SQL2000 }\r  }\r");
		assertEquals(List.of(Rules.SYNTAX_ERROR, Rules.SQL_VERSION_UNSUPPORTED), issues.stream().map(Issue::getCode).sorted().toList());
		Issue syntax = issues.stream().filter(issue -> Rules.SYNTAX_ERROR.equals(issue.getCode())).findFirst().orElseThrow();
		assertEquals(List.of(4, 4, 5, 1), List.of(syntax.getLineNumber(), syntax.getColumn(), syntax.getLineNumberEnd(),
				syntax.getColumnEnd()));
	}

	/** A text cut right after {@code clock} has the attribute's keyword but no value. */
	@Test
	void attributeCutShortIsNotSpecified() {
		SqlServer server = (SqlServer) topologies.topology("topology T { site S { sqlserver Q { hardware { arch x64 clock")
				.getSites().get(0).getElements().get(0);
		Hardware hardware = server.getHardware();
		assertEquals(null, hardware.getClock());
		assertFalse(Values.isWritten(hardware, PctopoPackage.Literals.HARDWARE__CLOCK));
	}

	private static String describe(Issue issue) {
		return issue.getCode() + " " + issue.getLineNumber() + ":" + issue.getColumn() + " " + issue.getMessage();
	}
}
