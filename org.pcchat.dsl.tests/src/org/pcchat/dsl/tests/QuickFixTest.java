package org.pcchat.dsl.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.tests.MinimalTopology.server;
import static org.pcchat.dsl.tests.MinimalTopology.withServers;

import java.util.List;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.validation.Rules;

import com.google.inject.Inject;

/** Quick fixes through the language server's code actions: the text before and after each fix. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoIdeInjectorProvider.class)
class QuickFixTest {

	/** The valid topology with a Standard Edition server 'Lab' beside the Front End pool 'FE'. */
	private static final String TWO_FRONT_ENDS = withServers(server("pc1", "pc1.minimal.local")).replace(
			"        persistentchat pool PC {",
			"        frontend standard Lab {\n            fqdn \"lab.minimal.local\"\n        }\n        persistentchat pool PC {");

	@Inject
	private QuickFixes quickFixes;

	@Test
	void unresolvedReferenceOffersFrontEndNamesMostSimilarFirst() {
		String text = TWO_FRONT_ENDS.replace("nexthop FE", "nexthop Fe1");
		// fe1 is the closest name, but a server, not a Front End: not offered.
		assertEquals(List.of("Change to 'FE'", "Change to 'Lab'"), quickFixes.titles(text, Rules.UNRESOLVED_REFERENCE));
	}

	@Test
	void unresolvedReferenceIsReplacedByTheChosenName() {
		quickFixes.assertFix(TWO_FRONT_ENDS.replace("nexthop FE", "nexthop Fe1"), Rules.UNRESOLVED_REFERENCE,
				"Change to 'Lab'", TWO_FRONT_ENDS.replace("nexthop FE", "nexthop Lab"));
	}

	@Test
	void unresolvedInstanceIsReplacedByAQualifiedName() {
		String before = TWO_FRONT_ENDS.replace("store SQL.MGC", "store SQL.MGX");
		assertEquals(List.of("Change to 'SQL.MGC'", "Change to 'SQL.RTC'"),
				quickFixes.titles(before, Rules.UNRESOLVED_REFERENCE));
		quickFixes.assertFix(before, Rules.UNRESOLVED_REFERENCE, "Change to 'SQL.MGC'", TWO_FRONT_ENDS);
	}

	@Test
	void rulesWithoutQuickFixOfferNone() {
		assertEquals(List.of(), quickFixes.titles(withServers(server("pc1", "pc1_minimal")), Rules.INVALID_FQDN));
	}
}
