package org.pcchat.dsl.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.pcchat.dsl.rules.RuleDocumentation;

import picocli.CommandLine.Option;

/**
 * {@code --rules-url}: the page reports link to for a rule's documentation, docs/rules.md with the
 * rule ID in lower case as its anchor. Without the option it is docs/rules.md of the checkout the
 * jar was built in, as a file: URL, and there is no page when the jar runs elsewhere.
 */
final class RulesPage {

	/** Levels above the code where a checkout keeps docs/: ROOT/org.pcchat.dsl.cli/target/pcchat.jar. */
	private static final int CHECKOUT_DEPTH = 3;

	@Option(names = "--rules-url", paramLabel = "URL",
			description = {"Absolute URL of the rules page the SARIF report links to (a published docs/rules.md; "
					+ "its anchors are the rule IDs in lower case, #pc201).",
					"Default: docs/rules.md of the checkout pcchat was built in, as a file: URL; none when "
							+ "pcchat runs elsewhere."})
	private URI url;

	/** The page as an absolute URI without fragment, or null when there is none. */
	URI page() throws InputException {
		URI page = url != null ? url : inCheckout();
		if (page == null) {
			return null;
		}
		if (!page.isAbsolute() || page.isOpaque()) {
			throw new InputException("--rules-url " + page, "not an absolute URL; give one such as "
					+ "https://example.org/pcchat/docs/rules.md");
		}
		return withFragment(page, null);
	}

	/** The documentation of {@code ruleId} on {@code page}: the page with the rule's anchor. */
	static URI ruleUri(URI page, String ruleId) {
		return withFragment(page, RuleDocumentation.anchor(ruleId));
	}

	private static URI withFragment(URI page, String fragment) {
		String text = page.toString();
		int hash = text.indexOf('#');
		String base = hash < 0 ? text : text.substring(0, hash);
		return URI.create(fragment == null ? base : base + "#" + fragment);
	}

	/** docs/rules.md of the checkout that holds this code, or null when it runs elsewhere. */
	static URI inCheckout() {
		try {
			Path folder = Path.of(RulesPage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			for (int level = 0; level < CHECKOUT_DEPTH && folder != null; level++) {
				folder = folder.getParent();
				Path page = folder == null ? null : folder.resolve(RuleDocumentation.PAGE);
				if (page != null && Files.isRegularFile(page) && Files.isRegularFile(folder.resolve("pcchat"))) {
					return page.toUri();
				}
			}
		} catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
			// No location to start from: no page.
		}
		return null;
	}
}
