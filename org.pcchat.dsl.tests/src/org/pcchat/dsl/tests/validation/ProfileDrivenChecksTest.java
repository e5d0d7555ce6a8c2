package org.pcchat.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.tests.support.Diagnostics.assertMarks;
import static org.pcchat.dsl.tests.support.Diagnostics.assertNone;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/**
 * The checks ask the product profile, never a product by name: with an invented profile (see
 * {@link FutureProductInjectorProvider}) versions no real product supports become supported.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(FutureProductInjectorProvider.class)
class ProfileDrivenChecksTest {

	@Inject
	private Topologies topologies;

	private static String topology(String product, String sql, String os) {
		return """
				topology T {
				    %s
				    site S {
				        sqlserver SQL { fqdn "sql.t.local" %s instance RTC }
				        persistentchat pool PC { fqdn "pc.t.local"
				            server pc1 { fqdn "pc1.t.local" %s }
				        }
				    }
				}
				""".formatted(product, sql, os);
	}

	@Test
	void aVersionTheProfileListsIsSupported() {
		List<Issue> issues = topologies.issues(topology("product Lync2013 cu 3", "sql SQL2022 edition Standard",
				"os WindowsServer2022"));
		for (String rule : List.of(Rules.SQL_VERSION_UNSUPPORTED, Rules.CUMULATIVE_UPDATE_REQUIRED, Rules.OS_UNSUPPORTED)) {
			assertNone(issues, rule);
		}
	}

	@Test
	void aVersionTheProfileDoesNotListIsUnsupported() {
		String text = topology("", "sql SQL2012 edition Standard", "os WindowsServer2012");
		List<Issue> issues = topologies.issues(text);
		Issue sql = assertMarks(text, issues, Rules.SQL_VERSION_UNSUPPORTED, "SQL2012");
		assertTrue(sql.getMessage().contains("which Future Server 2030 does not support; use one of SQL2022 (from cu 3)"),
				sql.getMessage());
		assertMarks(text, issues, Rules.OS_UNSUPPORTED, "WindowsServer2012");
	}

	@Test
	void theProfilesCumulativeUpdateIsRequired() {
		String text = topology("product Lync2013 cu 2", "sql SQL2022 edition Standard", "");
		Issue issue = assertMarks(text, topologies.issues(text), Rules.CUMULATIVE_UPDATE_REQUIRED, "SQL2022");
		assertTrue(issue.getMessage().contains("Future Server 2030 supports only from cumulative update 3"),
				issue.getMessage());
	}
}
