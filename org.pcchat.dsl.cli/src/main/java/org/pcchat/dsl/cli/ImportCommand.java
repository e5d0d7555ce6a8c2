package org.pcchat.dsl.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.pcchat.dsl.cli.importer.ImportException;
import org.pcchat.dsl.cli.importer.Importer;
import org.pcchat.dsl.cli.importer.Limits;
import org.pcchat.dsl.cli.importer.TopologyDocument;
import org.pcchat.dsl.rules.Rules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** `pcchat import`: a deployment's topology document, and facts from its machines, as a .pctopo file. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = {
				"Writes the .pctopo of an existing deployment from its topology document: Get-CsTopology -AsXml output, "
						+ "a Topology Builder .tbxml, or an Export-CsConfiguration .zip (UTF-8 or UTF-16).",
				"Everything imported is 'existing'; what the document does not say stays unknown. Facts files "
						+ "written by tools/Get-PcchatFacts.ps1 add what the machines say: OS, hardware, prerequisites, "
						+ "SQL Server versions, certificates.",
				"Without -o the topology goes to standard output. Warnings (what could not be imported) go to "
						+ "standard error and, as comments, into the topology. The guide: docs/import.md."},
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:the topology was written (warnings may have been printed)",
				"2:usage error, a document or facts file that cannot be read or is not what it should be, or an output "
						+ "file in the way"})
final class ImportCommand implements Callable<Integer> {

	@Spec
	private CommandSpec spec;

	@Parameters(index = "0", paramLabel = "FILE",
			description = "The topology document: .xml (Get-CsTopology -AsXml), .tbxml or .zip (Export-CsConfiguration).")
	private Path document;

	@Option(names = "--facts", paramLabel = "PATH",
			description = {"A facts file, or a folder whose *.json files are facts files (tools/Get-PcchatFacts.ps1). "
					+ "Repeat for more."})
	private List<Path> facts = new ArrayList<>();

	@Option(names = "--facts-win",
			description = "Where a fact contradicts the topology document, write the fact (default: the document's value).")
	private boolean factsWin;

	@Option(names = "--original",
			description = "Read a .tbxml's OriginalTopology (the published state) instead of its NewTopology.")
	private boolean original;

	@Option(names = "--name", paramLabel = "NAME",
			description = "The topology's name. Default: the default SIP domain's first label, else the file's name.")
	private String name;

	@Mixin
	private MaxSizeOption maxSize;

	@Option(names = {"-o", "--output"}, paramLabel = "OUT.pctopo",
			description = {"Write the topology to this file instead of standard output. A file that pcchat import did not "
					+ "write, or that was edited since, is never replaced."})
	private Path output;

	@Override
	public Integer call() throws InputException {
		byte[] content = new SourceFile(document.toString(), document).readBytes(maxSize.limit());
		TopologyChecker checker = new TopologyChecker();
		Importer.Result result;
		try {
			result = Importer.run(new Importer.Options(content, document, document.toString(), original
					? TopologyDocument.Version.ORIGINAL : TopologyDocument.Version.NEW, facts, factsWin, name,
					Limits.of(maxSize.limit().bytes())), keywords(checker));
		} catch (ImportException e) {
			throw new InputException(e.where(), e.problem(), e);
		}
		verify(checker, result.text());
		PrintWriter err = spec.commandLine().getErr();
		result.warnings().forEach(warning -> err.println("pcchat: warning: " + warning));
		err.flush();
		PrintWriter out = spec.commandLine().getOut();
		if (output == null) {
			out.print(result.text());
		} else {
			out.println((write(result.text()) == OutputWriter.Outcome.WRITTEN ? "wrote " : "unchanged ") + output);
		}
		out.flush();
		return Cli.EXIT_CLEAN;
	}

	private OutputWriter.Outcome write(String text) throws InputException {
		Path target = output.toAbsolutePath().normalize();
		Path directory = target.getParent();
		String fileName = target.getFileName() == null ? "" : target.getFileName().toString();
		OutputFile file = new OutputFile(directory, fileName, output.toString(),
				OutputKind.importedTopology(maxSize.limit().bytes()), text.getBytes(StandardCharsets.UTF_8),
				document.toString());
		OutputWriter.checkAll(List.of(file));
		return OutputWriter.write(file);
	}

	/** The language's keywords, which names must escape. */
	static Set<String> keywords(TopologyChecker checker) {
		Set<String> keywords = new TreeSet<>();
		for (String keyword : GrammarUtil.getAllKeywords(checker.get(IGrammarAccess.class).getGrammar())) {
			keywords.add(keyword.toLowerCase(Locale.ROOT));
		}
		return keywords;
	}

	/** The import is parsed back with the language: text it cannot read is a defect here, never the user's file. */
	private static void verify(TopologyChecker checker, String text) {
		Resource resource;
		try {
			resource = checker.load("imported.pctopo", text);
		} catch (InputException e) {
			throw new IllegalStateException(e.getMessage(), e);
		}
		List<Finding> blocking = TopologyChecker.findings(checker.issues(resource)).stream()
				.filter(f -> f.rule().equals(Rules.SYNTAX_ERROR) || f.rule().equals(Rules.UNRESOLVED_REFERENCE)).toList();
		if (!blocking.isEmpty()) {
			Finding first = blocking.get(0);
			throw new IllegalStateException("pcchat import wrote a topology the language cannot read (" + first.line() + ":"
					+ first.column() + ": " + first.message() + " [" + first.rule() + "]); please report it with the document");
		}
	}
}
