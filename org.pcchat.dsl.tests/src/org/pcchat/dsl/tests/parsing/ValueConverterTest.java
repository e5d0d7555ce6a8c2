package org.pcchat.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.pctopo.FileShare;
import org.pcchat.dsl.pctopo.SqlServer;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/** FQDN strings, file share paths and decimals are converted as docs/LANGUAGE.md describes. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class ValueConverterTest {

	@Inject
	private Topologies topologies;

	@Test
	void fqdnDropsSurroundingBlanks() {
		SqlServer sql = (SqlServer) topologies.topology("topology T { site S { sqlserver Q { fqdn \"  sql.t.local \" } } }")
				.getSites().get(0).getElements().get(0);
		assertEquals("sql.t.local", sql.getFqdn());
	}

	@Test
	void uncPathEscapesAreResolved() {
		FileShare share = (FileShare) topologies.topology("topology T { site S { fileshare F \"\\\\\\\\fs01.contoso.com\\\\lyncshare\" } }")
				.getSites().get(0).getElements().get(0);
		assertEquals("\\\\fs01.contoso.com\\lyncshare", share.getPath());
	}

	@Test
	void invalidEscapeIsASyntaxErrorAtTheString() {
		String text = "topology T { site S { fileshare F \"\\\\fs\\q\" } }";
		List<Issue> issues = topologies.issues(text).stream().filter(i -> Rules.SYNTAX_ERROR.equals(i.getCode())).toList();
		assertEquals(1, issues.size(), issues::toString);
		assertEquals(text.indexOf('"'), issues.get(0).getOffset());
		assertTrue(issues.get(0).getMessage().contains("escape"), issues.get(0).getMessage());
	}

	@Test
	void syntaxErrorsCarryRuleIdAndPosition() {
		String text = "topology T {\n  site S {\n    sqlserver { }\n  }\n}\n";
		List<Issue> issues = topologies.issues(text);
		assertEquals(List.of(Rules.SYNTAX_ERROR, Rules.NO_FRONT_END),
				issues.stream().map(Issue::getCode).sorted().toList(), issues::toString);
		Issue issue = issues.stream().filter(i -> Rules.SYNTAX_ERROR.equals(i.getCode())).findFirst().orElseThrow();
		assertEquals(3, issue.getLineNumber());
		assertEquals(15, issue.getColumn());
	}
}
