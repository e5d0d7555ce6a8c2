package org.pcchat.dsl.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.pcchat.dsl.rules.Rule;
import org.pcchat.dsl.rules.RuleCatalogue;
import org.pcchat.dsl.rules.RuleDocumentation;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `pcchat rules`: the rule catalogue, read from the runtime as every other tool reads it. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = {
				"Lists the rules pcchat checks: ID, default severity and title (text), every field of the "
						+ "catalogue (json), or the documentation page docs/rules.md (md)."},
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:the catalogue was printed",
				"2:usage error"})
final class RulesCommand implements Callable<Integer> {

	enum Format { text, json, md }

	// HTML escaping would turn the quotes in the documentation into \u0027.
	private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

	/** One rule in the JSON listing; the component names are its field names. */
	private record Entry(String id, String title, String severity, boolean configurable, boolean suppressible,
			boolean quickFix, String source, String sourceTitle, String requirement, String documentation, String fix) {

		static Entry of(Rule rule) {
			return new Entry(rule.id(), rule.title(), RulesCommand.severity(rule), rule.isConfigurable(),
					rule.isSuppressible(), rule.hasQuickFix(), rule.source().url(), rule.source().title(), rule.requirement(),
					rule.documentation(), rule.fix());
		}
	}

	private record Listing(String version, List<Entry> rules) {
	}

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
			description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
	private Format format;

	@Override
	public Integer call() {
		// The catalogue needs no injector: this command starts without loading the language.
		RuleCatalogue catalogue = new RuleCatalogue();
		PrintWriter out = spec.commandLine().getOut();
		switch (format) {
			case text -> catalogue.all().forEach(rule -> out.println(line(rule)));
			case json -> {
				GSON.toJson(new Listing(Version.number(), catalogue.all().stream().map(Entry::of).toList()), out);
				out.println();
			}
			case md -> out.print(new RuleDocumentation(catalogue).render());
		}
		out.flush();
		return Cli.EXIT_CLEAN;
	}

	static String line(Rule rule) {
		return String.format(Locale.ROOT, "%s  %-7s  %s", rule.id(), severity(rule), rule.title());
	}

	private static String severity(Rule rule) {
		return rule.defaultSeverity().name().toLowerCase(Locale.ROOT);
	}
}
