package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.pcchat.dsl.cli.Run.pcchat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A workspace of several topologies in folders with their own pcchat.json: the server reports for
 * every file, without opening any, exactly what `pcchat check` reports, before and after a
 * pcchat.json changes.
 */
class LanguageServerWorkspaceTest {

	@TempDir
	private Path workspace;

	private final LspTestClient editor = new LspTestClient();
	private InProcessServer process;
	private LspSession session;
	private List<Path> topologies;

	@BeforeEach
	void writeTheWorkspace() throws Exception {
		String example = Files.readString(ExampleSession.EXAMPLE);
		String noQueueOnPc01 = example.replaceFirst("installed MSMQ, ", "installed ");
		topologies = List.of(
				write("east/a.pctopo", noQueueOnPc01),
				write("west/b.pctopo", example.replace("nexthop FE", "nexthop FEX").replace("installed MSMQ, ", "installed ")),
				write("west/lab/c.pctopo", noQueueOnPc01));
		write("pcchat.json", "{ \"rules\": { \"PC201\": \"warning\" } }");
		write("west/lab/pcchat.json", "{ \"rules\": { \"PC201\": \"off\" } }");
		process = InProcessServer.start(ExampleSession.SETTINGS, editor);
		session = new LspSession(process.server());
	}

	@AfterEach
	void stop() throws Exception {
		process.close();
	}

	@Test
	void everyTopologyIsReportedAsTheCommandLineReportsIt() throws Exception {
		session.initialize(workspace, new ClientCapabilities());
		session.awaitBuilds();
		Map<String, List<String>> cli = commandLine();
		assertEquals(3, cli.size(), cli::toString);
		assertEquals(List.of("PC201 warning 54:20-54:24"), cli.get(LspSession.uri(topologies.get(0))));
		assertEquals(cli, server());
	}

	@Test
	void aChangedConfigurationAppliesToTheTopologiesBelowIt() throws Exception {
		session.initialize(workspace, new ClientCapabilities());
		String a = LspSession.uri(topologies.get(0));
		int seen = editor.publishCount(a);
		Path configuration = write("pcchat.json", "{ \"rules\": { \"PC201\": \"info\" } }");
		session.server().getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
				List.of(new FileEvent(LspSession.uri(configuration), FileChangeType.Changed))));
		editor.awaitDiagnostics(a, seen, diagnostics -> diagnostics.size() == 1
				&& diagnostics.get(0).getSeverity() == DiagnosticSeverity.Information);
		session.awaitBuilds();
		Map<String, List<String>> cli = commandLine();
		assertEquals(List.of("PC201 info 54:20-54:24"), cli.get(a));
		assertEquals(cli, server());
	}

	@Test
	void editorsThatLetServersWatchFilesAreAskedToWatchTopologiesAndConfigurations() throws Exception {
		DidChangeWatchedFilesCapabilities watching = new DidChangeWatchedFilesCapabilities(true);
		WorkspaceClientCapabilities workspaceCapabilities = new WorkspaceClientCapabilities();
		workspaceCapabilities.setDidChangeWatchedFiles(watching);
		ClientCapabilities capabilities = new ClientCapabilities();
		capabilities.setWorkspace(workspaceCapabilities);
		session.initialize(workspace, capabilities);
		long deadline = System.currentTimeMillis() + 30_000;
		while (editor.registrations().isEmpty() && System.currentTimeMillis() < deadline) {
			Thread.sleep(20);
		}
		String registered = editor.registrations().toString();
		assertTrue(registered.contains("workspace/didChangeWatchedFiles"), registered);
		assertTrue(registered.contains("**/*.pctopo") && registered.contains("**/pcchat.json"), registered);
	}

	/** `pcchat check --format json` on the workspace: per file URI, its diagnostics in a comparable form. */
	private Map<String, List<String>> commandLine() {
		Run run = pcchat("check", "--format", "json", workspace.toString());
		Map<String, List<String>> byUri = new TreeMap<>();
		for (JsonElement file : JsonParser.parseString(run.out()).getAsJsonObject().getAsJsonArray("files")) {
			List<String> findings = new ArrayList<>();
			for (JsonElement diagnostic : file.getAsJsonObject().getAsJsonArray("diagnostics")) {
				JsonObject d = diagnostic.getAsJsonObject();
				findings.add(d.get("rule").getAsString() + " " + d.get("severity").getAsString() + " "
						+ d.get("line").getAsInt() + ":" + d.get("column").getAsInt() + "-"
						+ d.get("endLine").getAsInt() + ":" + d.get("endColumn").getAsInt());
			}
			byUri.put(LspSession.uri(Path.of(file.getAsJsonObject().get("path").getAsString())), sorted(findings));
		}
		return byUri;
	}

	/** The latest diagnostics the server published for each topology, in the same form (1-based, as the CLI). */
	private Map<String, List<String>> server() throws InterruptedException {
		Map<String, List<String>> byUri = new TreeMap<>();
		for (Path topology : topologies) {
			String uri = LspSession.uri(topology);
			List<String> findings = new ArrayList<>();
			for (Diagnostic d : editor.latestDiagnostics(uri)) {
				findings.add(d.getCode().getLeft() + " " + severity(d.getSeverity()) + " "
						+ (d.getRange().getStart().getLine() + 1) + ":" + (d.getRange().getStart().getCharacter() + 1) + "-"
						+ (d.getRange().getEnd().getLine() + 1) + ":" + (d.getRange().getEnd().getCharacter() + 1));
			}
			byUri.put(uri, sorted(findings));
		}
		return byUri;
	}

	private static String severity(DiagnosticSeverity severity) {
		return severity == DiagnosticSeverity.Information ? "info" : severity.name().toLowerCase(Locale.ROOT);
	}

	private static List<String> sorted(List<String> findings) {
		findings.sort(Comparator.naturalOrder());
		return findings;
	}

	private Path write(String relative, String content) throws Exception {
		Path file = workspace.resolve(relative);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}
}
