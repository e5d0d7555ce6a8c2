package org.pcchat.dsl.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.resource.Resource;
import org.pcchat.dsl.cli.importer.ImportException;
import org.pcchat.dsl.cli.importer.Importer;
import org.pcchat.dsl.rules.Rules;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Provide;

/**
 * Fuzzes pcchat import with broken variants of the test documents and facts files: lines deleted,
 * doubled, swapped or cut, attribute values and element names replaced, bytes changed. Whatever the
 * input, the importer either refuses it with one message or writes a topology that the language
 * reads without syntax or reference errors; nothing else escapes, and no input hangs.
 */
class ImportFuzzTest {

	private static final Path WORK = Path.of("target/import-fuzz");
	private static final List<String> DOCUMENTS = read(Imports.DIRECTORY, ".xml", ".tbxml");
	private static final List<String> FACTS = read(Imports.FACTS, ".json");
	private static final List<String> VALUES = List.of("", " ", "1", "2", "0", "-1", "99999999999", "1:1", "x", "MGC",
			"rtc", "Default", "Backup", "Mirror", "MirrorWitness", "Witness", "PersistentChatService", "PersistentChatStore",
			"PersistentChatComplianceStore", "Registrar", "UserServices", "FileStore", "UserStore", "true", "false",
			"a..b", "-", "--", "^", "existing", "sqlserver", "pool", "x'y", "\\\\", "{7F2C}", "se01.fabrikam.com",
			"fepool.contoso.com", "*.contoso.com", "&amp;", "&lt;x&gt;", "\u00e9\u4e2d", "CN=a, DC=b");
	private static final TopologyChecker CHECKER = new TopologyChecker();

	@Fuzz(inputs = 600)
	void documents(@ForAll("documentMutations") String text) throws IOException {
		Files.createDirectories(WORK);
		Path document = Files.writeString(WORK.resolve("document.xml"), text);
		check(document, List.of());
	}

	@Fuzz(inputs = 300)
	void documentBytes(@ForAll("byteMutations") byte[] bytes) throws IOException {
		Files.createDirectories(WORK);
		check(Files.write(WORK.resolve("bytes.xml"), bytes), List.of());
	}

	@Fuzz(inputs = 300)
	void facts(@ForAll("factsMutations") String text) throws IOException {
		Path folder = Files.createDirectories(WORK.resolve("facts"));
		Path facts = Files.writeString(folder.resolve("facts.json"), text);
		check(Imports.DIRECTORY.resolve("enterprise.xml"), List.of(facts));
	}

	private static void check(Path document, List<Path> facts) {
		Importer.Result result;
		try {
			result = Imports.run(document, false, facts.toArray(Path[]::new));
		} catch (ImportException e) {
			assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
			return;
		}
		assertTrue(result.text().startsWith("// Written by pcchat import from "));
		Resource resource;
		try {
			resource = CHECKER.load("fuzz.pctopo", result.text());
		} catch (InputException e) {
			throw new AssertionError(e);
		}
		try {
			List<Finding> blocking = TopologyChecker.findings(CHECKER.issues(resource)).stream()
					.filter(f -> f.rule().equals(Rules.SYNTAX_ERROR) || f.rule().equals(Rules.UNRESOLVED_REFERENCE)).toList();
			assertEquals(List.of(), blocking, result.text());
		} finally {
			resource.getResourceSet().getResources().remove(resource);
		}
	}

	@Provide
	Arbitrary<String> documentMutations() {
		return mutations(DOCUMENTS);
	}

	@Provide
	Arbitrary<String> factsMutations() {
		return mutations(FACTS);
	}

	@Provide
	Arbitrary<byte[]> byteMutations() {
		return Combinators.combine(Arbitraries.of(DOCUMENTS), Arbitraries.integers().between(0, Integer.MAX_VALUE)
				.list().ofMinSize(1).ofMaxSize(8), Arbitraries.bytes()).as((text, positions, value) -> {
					byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
					for (int position : positions) {
						bytes[position % bytes.length] = value;
					}
					return bytes;
				});
	}

	private static Arbitrary<String> mutations(List<String> corpus) {
		Arbitrary<Mutation> mutation = Combinators.combine(Arbitraries.of(Kind.values()),
				Arbitraries.integers().between(0, Integer.MAX_VALUE), Arbitraries.integers().between(0, Integer.MAX_VALUE),
				Arbitraries.of(VALUES)).as(Mutation::new);
		return Combinators.combine(Arbitraries.of(corpus), mutation.list().ofMinSize(1).ofMaxSize(4))
				.as((text, list) -> {
					String result = text;
					for (Mutation m : list) {
						result = m.apply(result);
					}
					return result;
				});
	}

	enum Kind { DELETE_LINE, DOUBLE_LINE, SWAP_LINES, CUT, ATTRIBUTE_VALUE, ELEMENT_NAME, INSERT }

	record Mutation(Kind kind, int first, int second, String value) {

		String apply(String text) {
			List<String> lines = new ArrayList<>(text.lines().toList());
			if (lines.isEmpty()) {
				return value;
			}
			int a = first % lines.size();
			int b = second % lines.size();
			switch (kind) {
				case DELETE_LINE -> lines.remove(a);
				case DOUBLE_LINE -> lines.add(a, lines.get(a));
				case SWAP_LINES -> {
					String line = lines.get(a);
					lines.set(a, lines.get(b));
					lines.set(b, line);
				}
				case CUT -> {
					return text.substring(0, first % (text.length() + 1));
				}
				case ATTRIBUTE_VALUE -> lines.set(a, replaceNth(lines.get(a), "=\"[^\"]*\"", "=\"" + value.replace("\"", "&quot;")
						+ "\"", second));
				case ELEMENT_NAME -> lines.set(a, replaceNth(lines.get(a), "<[A-Za-z]+", "<" + value.replaceAll("[^A-Za-z]", "")
						+ "X", second));
				case INSERT -> lines.set(a, new StringBuilder(lines.get(a)).insert(second % (lines.get(a).length() + 1), value)
						.toString());
				default -> throw new IllegalStateException();
			}
			return String.join("\n", lines) + "\n";
		}

		private static String replaceNth(String line, String regex, String replacement, int n) {
			java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(regex).matcher(line);
			List<int[]> matches = new ArrayList<>();
			while (matcher.find()) {
				matches.add(new int[] {matcher.start(), matcher.end()});
			}
			if (matches.isEmpty()) {
				return line;
			}
			int[] match = matches.get(n % matches.size());
			return line.substring(0, match[0]) + replacement + line.substring(match[1]);
		}
	}

	private static List<String> read(Path folder, String... extensions) {
		try (Stream<Path> files = Files.walk(folder)) {
			return files.filter(p -> Stream.of(extensions).anyMatch(e -> p.toString().endsWith(e))).sorted()
					.map(ImportFuzzTest::text).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static String text(Path file) {
		try {
			return new String(Files.readAllBytes(file), file.toString().contains("utf16") ? StandardCharsets.UTF_16
					: StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
