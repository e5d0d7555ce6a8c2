package org.pcchat.dsl.ide.server;

import java.net.URI;
import java.util.Optional;

import org.pcchat.dsl.rules.RuleDocumentation;

/**
 * How one language server session is set up by whoever starts it (the command line).
 * {@code rulesPage} is the page diagnostics link to, {@code docs/rules.md} rendered somewhere
 * a client can open (a {@code file:} URI of the checkout's copy, or a web address); null when
 * there is none, and then diagnostics carry their rule ID without a link.
 */
public record ServerSettings(URI rulesPage) {

	public static final ServerSettings NO_LINKS = new ServerSettings(null);

	/** The link to a rule's section of the rules page: the page with the rule's anchor, e.g. {@code #pc201}. */
	public Optional<String> ruleLink(String ruleId) {
		if (rulesPage == null) {
			return Optional.empty();
		}
		String page = rulesPage.toString();
		int fragment = page.indexOf('#');
		String withoutFragment = fragment < 0 ? page : page.substring(0, fragment);
		return Optional.of(withoutFragment + "#" + RuleDocumentation.anchor(ruleId));
	}
}
