package org.pcchat.dsl.tests.validation;

import static org.pcchat.dsl.tests.support.TopologyText.chatPool;
import static org.pcchat.dsl.tests.support.TopologyText.chatServer;
import static org.pcchat.dsl.tests.support.TopologyText.topology;
import static org.pcchat.dsl.tests.support.TopologyText.withFrontEnd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Diagnostics;
import org.pcchat.dsl.tests.support.TopologyText;

import com.google.inject.Inject;

/** PC003 duplicate names, PC004 duplicate FQDNs, PC005 missing or invalid FQDNs. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class NamesValidatorTest {

	@Inject
	private Diagnostics diagnostics;

	@Test
	void secondElementWithANameIsMarkedAcrossSitesAndKinds() {
		String text = topology(TopologyText.SQL, TopologyText.SHARE, TopologyText.FRONT_END)
				.replace("    }\n}", "    }\n    site U {\n        sqlserver «FE» { fqdn \"fe2.t.local\" }\n"
						+ "        fileshare «Share» \"D:\\\\x\"\n    }\n}");
		assertTrue(text.contains("site U"), "the second site is in the text");
		assertEquals(2, diagnostics.assertReportedAt(Rules.DUPLICATE_NAME, text).size());
	}

	@Test
	void namesOfDifferentElementsDoNotClash() {
		diagnostics.assertNotReported(Rules.DUPLICATE_NAME, withFrontEnd(chatPool(chatServer("pc1", ""))));
	}

	@Test
	void instanceNamesAreUniquePerMachineOnly() {
		String text = withFrontEnd("sqlserver SQL2 { fqdn \"sql2.t.local\" instance MGC instance «MGC» }");
		diagnostics.assertReportedOnceAt(Rules.DUPLICATE_NAME, text);
		// SQL.MGC and SQL2.MGC are different instances
		diagnostics.assertNotReported(Rules.DUPLICATE_NAME, withFrontEnd("sqlserver SQL2 { fqdn \"sql2.t.local\" instance MGC }"));
	}

	@Test
	void secondMachineWithAnFqdnIsMarkedIgnoringCase() {
		String text = withFrontEnd(chatPool(chatServer("pc1", "")
				.replace("fqdn \"pc1.t.local\"", "fqdn «\"FE1.t.local\"»")));
		diagnostics.assertReportedOnceAt(Rules.DUPLICATE_FQDN, text);
	}

	@Test
	void aPoolSharingItsServersFqdnIsNotADuplicateMachine() {
		String text = withFrontEnd(chatPool("single", chatServer("pc1", "")).replace("fqdn \"pc.t.local\"", "fqdn \"pc1.t.local\""));
		assertTrue(text.contains("pool PC single {\n    fqdn \"pc1.t.local\""), text);
		diagnostics.assertNotReported(Rules.DUPLICATE_FQDN, text);
	}

	@Test
	void missingFqdnMarksTheName() {
		String text = withFrontEnd("sqlserver «Bare» { instance X }");
		diagnostics.assertReportedOnceAt(Rules.INVALID_FQDN, text);
	}

	@Test
	void invalidDnsNamesMarkTheValue() {
		for (String fqdn : new String[] { "localhost", "*.t.local", "pc_1.t.local", "-pc.t.local", "pc..t.local",
				"pc.t.local.", "a".repeat(64) + ".t.local" }) {
			String text = withFrontEnd("sqlserver Q { fqdn «\"" + fqdn + "\"» instance X }");
			diagnostics.assertReportedOnceAt(Rules.INVALID_FQDN, text);
		}
	}

	@Test
	void validDnsNamesAreAccepted() {
		for (String fqdn : new String[] { "q.t.local", "Q-1.T.LOCAL", "a".repeat(63) + ".t.local", "1q.t.local" }) {
			diagnostics.assertNotReported(Rules.INVALID_FQDN, withFrontEnd("sqlserver Q { fqdn \"" + fqdn + "\" instance X }"));
		}
	}
}
