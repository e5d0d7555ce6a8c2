package org.pcchat.dsl.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.generator.Checklist;
import org.pcchat.dsl.generator.ChecklistFormat;
import org.pcchat.dsl.generator.Checklists;
import org.pcchat.dsl.rules.Rules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** `pcchat generate`: the deployment checklist of each topology, written safely. */
@Command(name = "generate", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = {
				"Writes the deployment checklist of each topology in Markdown, HTML, JSON or CSV.",
				"The files are NAME.checklist.md, .html, .json and .csv, where NAME is the topology's name "
						+ "made safe for file names.",
				"Diagnostics of the topology are flagged on the checklist's items; syntax errors and "
						+ "unresolved references (PC001, PC002) stop the run instead.",
				"Nothing is overwritten unless pcchat wrote it: a file in the way without pcchat's header "
						+ "stops the run before any file is written. Each file is written to a temporary file "
						+ "and renamed, and a file whose content would not change is left untouched.",
				"Prints one line per file: 'wrote PATH' or 'unchanged PATH', then a summary: items, and the "
						+ "errors and warnings flagged on them."},
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:the checklists were written, with nothing flagged at the --fail-on level",
				"1:the checklists were written and flag diagnostics at the --fail-on level or above; or a "
						+ "topology has syntax errors or unresolved references, and nothing was written",
				"2:usage error, a file that cannot be written or a file in the way (then nothing was written), "
						+ "or a topology that cannot be read (the others' checklists are written)"})
final class GenerateCommand implements Callable<Integer> {

	/** The folder beside each topology that gets its checklists when -o is not given. */
	static final String DEFAULT_DIRECTORY = "checklists";

	/** Diagnostics after which the topology is not what its author meant: no checklist for it. */
	private static final Set<String> BLOCKING = Set.of(Rules.SYNTAX_ERROR, Rules.UNRESOLVED_REFERENCE);

	enum Format {
		md(ChecklistFormat.MARKDOWN), html(ChecklistFormat.HTML), json(ChecklistFormat.JSON),
		csv(ChecklistFormat.CSV), all(ChecklistFormat.values());

		private final List<ChecklistFormat> formats;

		Format(ChecklistFormat... formats) {
			this.formats = List.of(formats);
		}
	}

	@Spec
	private CommandSpec spec;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "all",
			description = "Checklist format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
	private Format format;

	@Option(names = {"-o", "--output"}, paramLabel = "DIR",
			description = {"Directory to write all checklists to; created when missing.",
					"Default: a folder '" + DEFAULT_DIRECTORY + "' beside each topology file."})
	private Path output;

	@Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
			description = "Exit with 1 when the checklists flag diagnostics at this level or above: "
					+ "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
	private CheckCommand.FailOn failOn;

	@Mixin
	private ConfigOption config;

	@Mixin
	private MaxSizeOption maxSize;

	@Mixin
	private TopologyPaths paths;

	@Override
	public Integer call() throws InputException {
		InputFiles.Inputs inputs = paths.inputs();
		TopologyChecker checker = config.checker();
		TopologyChecker.Loaded loaded = checker.load(inputs.files(), maxSize.limit());
		Unreadable unreadable = new Unreadable();
		unreadable.addAll(inputs.unreadable());
		unreadable.addAll(loaded.unreadable());
		PrintWriter err = spec.commandLine().getErr();
		unreadable.report(err, Cli.isVerbose(spec.root().commandLine().getParseResult()));
		Map<SourceFile, Resource> resources = loaded.resources();
		if (resources.isEmpty()) {
			return Cli.EXIT_ERROR;
		}
		Map<SourceFile, List<Issue>> issues = new LinkedHashMap<>();
		resources.forEach((file, resource) -> issues.put(file, checker.issues(resource)));
		if (reportBlockingErrors(issues)) {
			return unreadable.isEmpty() ? Cli.EXIT_FINDINGS : Cli.EXIT_ERROR;
		}
		List<Checklist> checklists = new ArrayList<>();
		List<OutputFile> outputs = outputs(checker.get(Checklists.class), resources, issues, checklists);
		OutputWriter.checkAll(outputs);
		PrintWriter out = spec.commandLine().getOut();
		int written = 0;
		for (OutputFile file : outputs) {
			OutputWriter.Outcome outcome = OutputWriter.write(file);
			written += outcome == OutputWriter.Outcome.WRITTEN ? 1 : 0;
			out.println((outcome == OutputWriter.Outcome.WRITTEN ? "wrote " : "unchanged ") + file.display());
		}
		long errors = checklists.stream().mapToLong(Checklist::errors).sum();
		long warnings = checklists.stream().mapToLong(Checklist::warnings).sum();
		out.println(summary(checklists, errors, warnings, written, outputs.size() - written, unreadable));
		out.flush();
		if (!unreadable.isEmpty()) {
			return Cli.EXIT_ERROR;
		}
		boolean fails = failOn == CheckCommand.FailOn.warning ? errors + warnings > 0 : errors > 0;
		return fails ? Cli.EXIT_FINDINGS : Cli.EXIT_CLEAN;
	}

	/**
	 * "1 checklist: 45 items, 0 errors and 0 warnings flagged; 4 files written, 0 unchanged", then
	 * "; 1 file could not be read" when one could not.
	 */
	static String summary(List<Checklist> checklists, long errors, long warnings, int written, int unchanged,
			Unreadable unreadable) {
		long items = checklists.stream().mapToLong(checklist -> checklist.items().count()).sum();
		String summary = plural(checklists.size(), "checklist") + ": " + plural(items, "item") + ", "
				+ plural(errors, "error") + " and " + plural(warnings, "warning") + " flagged; " + plural(written, "file")
				+ " written, " + unchanged + " unchanged";
		return unreadable.isEmpty() ? summary : summary + "; " + Unreadable.couldNotBeRead(unreadable.count());
	}

	private static String plural(long count, String noun) {
		return count + " " + noun + (count == 1 ? "" : "s");
	}

	/** Prints the syntax and reference errors of every topology; true when there was any. */
	private boolean reportBlockingErrors(Map<SourceFile, List<Issue>> issues) {
		PrintWriter err = spec.commandLine().getErr();
		int blocked = 0;
		for (Map.Entry<SourceFile, List<Issue>> entry : issues.entrySet()) {
			List<Finding> errors = TopologyChecker.findings(entry.getValue()).stream()
					.filter(finding -> BLOCKING.contains(finding.rule()) && finding.severity() == Severity.ERROR)
					.toList();
			errors.forEach(finding -> err.println(TextReport.line(entry.getKey().displayPath(), finding)));
			blocked += errors.isEmpty() ? 0 : 1;
		}
		if (blocked > 0) {
			err.println("pcchat: error: no checklist written: " + (blocked == 1 ? "a topology has" : blocked
					+ " topologies have") + " syntax errors or unresolved references (above); fix them and run again");
		}
		err.flush();
		return blocked > 0;
	}

	/** Every file to write, rendered in memory: nothing is written before all are known to be safe. */
	private List<OutputFile> outputs(Checklists checklists, Map<SourceFile, Resource> resources,
			Map<SourceFile, List<Issue>> issues, List<Checklist> built) {
		List<OutputFile> outputs = new ArrayList<>();
		resources.forEach((file, resource) -> {
			Checklist checklist = checklists.checklist(resource, issues.get(file));
			built.add(checklist);
			Path directory = output != null ? output
					: file.path().toAbsolutePath().normalize().resolveSibling(DEFAULT_DIRECTORY);
			Path shownDirectory = output != null ? output
					: Path.of(file.displayPath()).resolveSibling(DEFAULT_DIRECTORY);
			for (ChecklistFormat checklistFormat : format.formats) {
				String name = checklists.fileName(resource, checklistFormat);
				outputs.add(new OutputFile(directory, name, shownDirectory.resolve(name).toString(), checklistFormat,
						Checklists.bytes(checklistFormat.render(checklist)), file.displayPath()));
			}
		});
		return outputs;
	}
}
