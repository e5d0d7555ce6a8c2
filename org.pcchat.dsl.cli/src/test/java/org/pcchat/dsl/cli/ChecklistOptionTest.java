package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.pcchat.dsl.cli.Run.pcchat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

/**
 * The server writes nothing into the user's folders unless the editor asks for checklists with the
 * initialization option {@code generateChecklists}; asked, it writes the files `pcchat generate`
 * writes, into src-gen/ of the workspace folder.
 */
class ChecklistOptionTest {

	private static final List<String> CHECKLISTS = List.of("Contoso.checklist.csv", "Contoso.checklist.html",
			"Contoso.checklist.json", "Contoso.checklist.md");

	@TempDir
	private Path workspace;

	private final LspTestClient editor = new LspTestClient();
	private InProcessServer process;
	private LspSession session;
	private Path topology;
	private Path other;

	@BeforeEach
	void writeTheWorkspace() throws Exception {
		topology = Files.copy(ExampleSession.EXAMPLE, workspace.resolve("contoso.pctopo"));
		other = Files.createDirectories(workspace.resolve("sub")).resolve("broken.pctopo");
		Files.writeString(other, Files.readString(ExampleSession.EXAMPLE).replaceFirst("installed MSMQ, ", "installed "));
		process = InProcessServer.start(ExampleSession.SETTINGS, editor);
		session = new LspSession(process.server());
	}

	@AfterEach
	void stop() throws Exception {
		process.close();
	}

	@Test
	void withoutTheOptionNothingIsWritten() throws Exception {
		session.initialize(workspace, LspSession.hierarchicalSymbols());
		editAndSave();
		assertEquals(List.of(topology, other), filesIn(workspace));
	}

	@Test
	void anOptionThatIsNotABooleanIsIgnored() throws Exception {
		session.initialize(withOptions("yes"));
		editAndSave();
		assertEquals(List.of(topology, other), filesIn(workspace));
	}

	@Test
	void askedForTheServerWritesTheChecklistsPcchatGenerateWrites() throws Exception {
		session.initialize(withOptions(true));
		editAndSave();
		Path written = workspace.resolve("src-gen");
		List<Path> checklists = CHECKLISTS.stream().map(written::resolve).toList();
		assertEquals(checklists, filesIn(written));
		Path expected = Files.createDirectories(workspace.resolveSibling(workspace.getFileName() + "-cli"));
		assertEquals(0, pcchat("generate", "-o", expected.toString(), topology.toString()).exitCode());
		for (String name : CHECKLISTS) {
			assertArrayEquals(Files.readAllBytes(expected.resolve(name)), Files.readAllBytes(written.resolve(name)), name);
		}
	}

	/** Opens the topology, edits it, waits for the builds: everything that could make a server write. */
	private void editAndSave() throws Exception {
		String text = Files.readString(topology);
		String uri = session.open(topology);
		editor.awaitDiagnostics(uri, 0);
		int seen = editor.publishCount(uri);
		Range queue = LspSession.rangeOf(text, "MSMQ, ");
		session.edit(uri, queue, "");
		editor.awaitDiagnostics(uri, seen, ExampleSession.having("PC201"));
		session.edit(uri, new Range(queue.getStart(), queue.getStart()), "MSMQ, ");
		session.awaitBuilds();
	}

	private InitializeParams withOptions(Object generate) {
		InitializeParams params = LspSession.params(workspace, LspSession.hierarchicalSymbols());
		JsonObject options = new JsonObject();
		if (generate instanceof Boolean flag) {
			options.addProperty("generateChecklists", flag);
		} else {
			options.addProperty("generateChecklists", String.valueOf(generate));
		}
		params.setInitializationOptions(options);
		return params;
	}

	private static List<Path> filesIn(Path folder) throws Exception {
		try (Stream<Path> all = Files.walk(folder)) {
			return all.filter(Files::isRegularFile).sorted().toList();
		}
	}
}
