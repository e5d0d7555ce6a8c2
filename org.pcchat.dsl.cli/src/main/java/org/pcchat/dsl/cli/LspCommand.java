package org.pcchat.dsl.cli;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.pcchat.dsl.ide.server.LanguageServerSession;
import org.pcchat.dsl.ide.server.ServerSettings;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `pcchat lsp`: the language server for editors, speaking LSP over standard input and output. */
@Command(name = "lsp", mixinStandardHelpOptions = true, versionProvider = Version.class,
		description = {
				"Runs the pcchat language server: LSP (JSON-RPC) on standard input and output, for editors.",
				"Log messages go to standard error; no network port is opened. The server ends when the "
						+ "editor sends 'exit' or closes standard input.",
				"It writes no files, unless the editor asks for the deployment checklists with the "
						+ "initialization option {\"generateChecklists\": true} (then into src-gen/ of each "
						+ "workspace folder)."},
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = {
				"0:the editor asked the server to shut down, then to exit",
				"1:the editor exited or went away without asking to shut down first"})
final class LspCommand implements Callable<Integer> {

	/** Levels above the jar where a checkout keeps docs/rules.md: <root>/org.pcchat.dsl.cli/target/pcchat.jar. */
	private static final int CHECKOUT_DEPTH = 3;

	@Spec
	private CommandSpec spec;

	@Option(names = "--rules-url", paramLabel = "URL",
			description = {"Page that diagnostics link to for a rule's documentation (its anchors are the "
					+ "rule IDs in lower case, #pc201), e.g. a published docs/rules.md.",
					"Default: docs/rules.md of the checkout this jar was built in, as a file: URL; "
							+ "without one, diagnostics carry no link."})
	private URI rulesUrl;

	@Override
	public Integer call() throws InterruptedException {
		// Standard output carries LSP messages only: whatever else prints to System.out goes to stderr.
		FileOutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
		System.setOut(System.err);
		ServerLog.install(Cli.isVerbose(parseResult()));
		URI rulesPage = rulesUrl != null ? rulesUrl : checkoutRulesPage();
		LanguageServerSession session = LanguageServerSession.start(new ServerSettings(rulesPage),
				new FileInputStream(FileDescriptor.in), protocolOut);
		return session.awaitEnd();
	}

	private ParseResult parseResult() {
		return spec.root().commandLine().getParseResult();
	}

	/** docs/rules.md of the checkout that holds this jar, or null when it runs elsewhere. */
	static URI checkoutRulesPage() {
		try {
			Path location = Path.of(LspCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Path folder = location;
			for (int level = 0; level < CHECKOUT_DEPTH && folder != null; level++) {
				folder = folder.getParent();
				Path page = folder == null ? null : folder.resolve("docs/rules.md");
				if (page != null && Files.isRegularFile(page) && Files.isRegularFile(folder.resolve("pcchat"))) {
					return page.toUri();
				}
			}
		} catch (URISyntaxException | SecurityException e) {
			// No location to start from: no links.
		}
		return null;
	}
}
