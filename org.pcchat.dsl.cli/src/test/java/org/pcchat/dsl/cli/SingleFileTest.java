package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.ExampleSession.having;
import static org.pcchat.dsl.cli.ExampleSession.nameOf;
import static org.pcchat.dsl.cli.LspSession.get;
import static org.pcchat.dsl.cli.LspSession.positionOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A topology opened on its own: the editor has no folder open (rootUri null, no workspace folders,
 * as `nvim file.pctopo` outside a project or `code file.pctopo` do), or the file lies outside every
 * folder it has open. Diagnostics, completion, hover and quick fixes work as in a workspace, and
 * nothing is written beside the file.
 */
class SingleFileTest {

	/** How the editor starts the server. */
	enum Editor {
		/** rootUri null, and a client that does not know workspace folders (Xtext then takes rootUri). */
		NO_FOLDER(null, false),
		/** rootUri null and workspaceFolders null from a client that supports workspace folders. */
		NO_FOLDER_WITH_FOLDER_SUPPORT(null, true),
		/** A folder open, given as rootUri only; the file is elsewhere. */
		FILE_OUTSIDE_THE_ROOT("project", false),
		/** A folder open, given as a workspace folder; the file is elsewhere. */
		FILE_OUTSIDE_THE_WORKSPACE_FOLDERS("project", true);

		private final String folder;
		private final boolean workspaceFolders;

		Editor(String folder, boolean workspaceFolders) {
			this.folder = folder;
			this.workspaceFolders = workspaceFolders;
		}

		InitializeParams params(Path base) {
			Path root = folder == null ? null : base.resolve(folder);
			ClientCapabilities capabilities = LspSession.hierarchicalSymbols();
			if (workspaceFolders) {
				WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
				workspace.setWorkspaceFolders(true);
				capabilities.setWorkspace(workspace);
			}
			InitializeParams params = LspSession.params(root, capabilities);
			if (workspaceFolders && root != null) {
				params.setWorkspaceFolders(List.of(new WorkspaceFolder(LspSession.uri(root), folder)));
			}
			return params;
		}
	}

	@TempDir
	private Path base;

	private final LspTestClient editor = new LspTestClient();
	private InProcessServer process;
	private LspSession session;
	private Path lone;
	private String text;
	private String uri;

	/** Starts the server as {@code how} says and opens {@code content} as lone/lone.pctopo. */
	private void open(Editor how, String content) throws Exception {
		Files.createDirectories(base.resolve("project"));
		Files.writeString(base.resolve("project/inside.pctopo"), Files.readString(ExampleSession.EXAMPLE));
		lone = Files.createDirectories(base.resolve("lone")).resolve("lone.pctopo");
		text = content;
		Files.writeString(lone, text);
		process = InProcessServer.start(ExampleSession.SETTINGS, editor);
		session = new LspSession(process.server());
		session.initialize(how.params(base));
		uri = session.open(lone);
	}

	@AfterEach
	void stop() throws Exception {
		if (process != null) {
			process.close();
		}
	}

	@ParameterizedTest
	@EnumSource(Editor.class)
	void diagnosticsAreThoseOfTheCommandLine(Editor how) throws Exception {
		open(how, broken());
		List<Diagnostic> diagnostics = editor.awaitDiagnostics(uri, 0, having("PC201"));
		assertEquals(List.of("PC201 " + nameOf(text, "server pc01")),
				diagnostics.stream().map(d -> d.getCode().getLeft() + " " + d.getRange()).toList());
		int seen = editor.publishCount(uri);
		session.edit(uri, LspSession.rangeOf(text, "nexthop FE"), "nexthop FEX");
		List<Diagnostic> after = editor.awaitDiagnostics(uri, seen, having("PC002"));
		assertEquals(List.of("PC002", "PC201"), after.stream().map(d -> d.getCode().getLeft()).sorted().toList());
		session.awaitBuilds();
		assertEquals(List.of(lone), filesBeside(lone), "the server wrote into the lone file's folder");
		assertEquals(List.of(base.resolve("project/inside.pctopo")), filesBeside(base.resolve("project/inside.pctopo")),
				"the server wrote into the workspace folder");
	}

	/** pcchat.json beside the file sets its rule levels, as for `pcchat check lone.pctopo`. */
	@ParameterizedTest
	@EnumSource(Editor.class)
	void theConfigurationBesideTheFileApplies(Editor how) throws Exception {
		Files.createDirectories(base.resolve("lone"));
		Files.writeString(base.resolve("lone/pcchat.json"), "{ \"rules\": { \"PC201\": \"warning\" } }");
		open(how, broken());
		List<Diagnostic> diagnostics = editor.awaitDiagnostics(uri, 0, having("PC201"));
		assertEquals(List.of(DiagnosticSeverity.Warning), diagnostics.stream().map(Diagnostic::getSeverity).toList());
	}

	@ParameterizedTest
	@EnumSource(Editor.class)
	void completionProposesTheNamesOfTheTopology(Editor how) throws Exception {
		open(how, Files.readString(ExampleSession.EXAMPLE).replace("nexthop FE", "nexthop "));
		editor.awaitDiagnostics(uri, 0);
		List<String> labels = get(session.server().getTextDocumentService().completion(new CompletionParams(
				document(), positionOf(text, "nexthop ", "nexthop ".length())))).getRight().getItems().stream()
				.map(CompletionItem::getLabel).toList();
		assertTrue(labels.contains("FE"), labels::toString);
	}

	@ParameterizedTest
	@EnumSource(Editor.class)
	void hoverExplainsTheRuleOfADiagnostic(Editor how) throws Exception {
		open(how, broken());
		Diagnostic pc201 = editor.awaitDiagnostics(uri, 0, having("PC201")).get(0);
		Hover hover = get(session.server().getTextDocumentService().hover(
				new HoverParams(document(), pc201.getRange().getStart())));
		String markdown = hover.getContents().getRight().getValue();
		assertAll(
				() -> assertTrue(markdown.startsWith("**PC201: Message Queuing not installed**"), markdown),
				() -> assertTrue(markdown.contains("**Persistent Chat server 'pc01'** `pc01.contoso.com`"), markdown));
	}

	@ParameterizedTest
	@EnumSource(Editor.class)
	void quickFixReplacesAnUnresolvedReference(Editor how) throws Exception {
		String example = Files.readString(ExampleSession.EXAMPLE);
		open(how, example.replace("nexthop FE", "nexthop FEX"));
		Diagnostic unresolved = editor.awaitDiagnostics(uri, 0, having("PC002")).stream()
				.filter(d -> "PC002".equals(d.getCode().getLeft())).findFirst().orElseThrow();
		List<CodeAction> actions = get(session.server().getTextDocumentService().codeAction(new CodeActionParams(
				document(), unresolved.getRange(), new CodeActionContext(List.of(unresolved))))).stream()
				.map(Either::getRight).toList();
		CodeAction fix = actions.stream().filter(a -> a.getTitle().equals("Change to 'FE'")).findFirst()
				.orElseThrow(() -> new AssertionError("no 'Change to 'FE'' among " + actions));
		Map<String, List<TextEdit>> changes = fix.getEdit().getChanges();
		assertEquals(List.of(uri), List.copyOf(changes.keySet()));
		assertEquals(example, TextEdits.apply(text, changes.get(uri)));
	}

	private TextDocumentIdentifier document() {
		return new TextDocumentIdentifier(uri);
	}

	private static String broken() throws Exception {
		return Files.readString(ExampleSession.EXAMPLE).replaceFirst("installed MSMQ, ", "installed ");
	}

	private static List<Path> filesBeside(Path file) throws Exception {
		try (Stream<Path> all = Files.walk(file.getParent())) {
			return all.filter(path -> !path.equals(file.getParent())).toList();
		}
	}
}
