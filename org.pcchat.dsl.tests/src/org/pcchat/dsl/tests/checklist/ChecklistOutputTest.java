package org.pcchat.dsl.tests.checklist;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.CancelIndicator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.pcchat.dsl.generator.ChecklistFormat;
import org.pcchat.dsl.generator.Checklists;
import org.pcchat.dsl.generator.FileNames;
import org.pcchat.dsl.generator.PctopoGenerator;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Topologies;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.google.inject.Inject;

/** The four formats: deterministic, escaped, well-formed, marked as pcchat's, written by the generator. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class ChecklistOutputTest {

	/** Topology text that is markup or CSV syntax in every string an output repeats. */
	private static final String HOSTILE = """
			topology Hostile {
			    authority CA "CN=<script>alert(1)</script>, O=\\"Quotes\\", Inc."
			    site S {
			        fileshare Share "\\\\\\\\files.example.com\\\\a,b \\"c\\" <b>d</b>"
			        frontend pool FE { fqdn "fe.example.com" filestore Share }
			        persistentchat pool PChat {
			            fqdn "pchat.example.com"
			            nexthop FE
			            filestore Share
			            server pc01 {
			                fqdn "pc01.example.com"
			                certificate "<img src=x onerror=alert(2)>" issuer CA
			            }
			        }
			    }
			}
			""";

	@Inject
	private Topologies topologies;

	@Inject
	private Checklists checklists;

	@Inject
	private IGenerator2 generator;

	@ParameterizedTest(name = "{0}")
	@EnumSource(ChecklistFormat.class)
	void twoRunsGiveTheSameBytes(ChecklistFormat format) throws IOException {
		byte[] first = Checklists.bytes(checklists.render(topologies.load(ChecklistGoldenTest.contoso()), format));
		byte[] second = Checklists.bytes(checklists.render(topologies.load(ChecklistGoldenTest.contoso()), format));
		assertArrayEquals(first, second);
		assertFalse(new String(first, StandardCharsets.UTF_8).matches("(?s).*20\\d\\d-\\d\\d-\\d\\d.*"), "no dates");
	}

	@ParameterizedTest(name = "{0}")
	@EnumSource(ChecklistFormat.class)
	void everyOutputCarriesTheGeneratorHeader(ChecklistFormat format) {
		String output = checklists.render(topologies.load("hostile", HOSTILE), format);
		assertTrue(format.isGeneratorOutput(output), () -> output.substring(0, 80));
		assertFalse(format.isGeneratorOutput("# My own notes\n"));
		assertFalse(format.isGeneratorOutput(""));
		for (ChecklistFormat other : ChecklistFormat.values()) {
			assertEquals(other == format, other.isGeneratorOutput(output), other + " header on " + format);
		}
	}

	@Test
	void htmlEscapesEveryTopologyString() {
		String html = checklists.render(topologies.load("hostile", HOSTILE), ChecklistFormat.HTML);
		assertEquals(1, html.split("<script", -1).length - 1, "the checklist's own script and no other");
		assertFalse(html.contains("<img"), "an image element");
		assertFalse(html.contains("<b>d</b>"));
		assertTrue(html.contains("CN=&lt;script&gt;alert(1)&lt;/script&gt;, O=&quot;Quotes&quot;, Inc."), html);
		assertTrue(html.contains("&lt;img src=x onerror=alert(2)&gt;"));
	}

	@Test
	void htmlIsSelfContained() throws IOException {
		String html = checklists.render(topologies.load(ChecklistGoldenTest.contoso()), ChecklistFormat.HTML);
		for (String external : List.of("<script src", "<link", "src=", "url(", "@import", "http:")) {
			assertFalse(html.contains(external), external);
		}
		// links lead only within the page or to the cited pages, all https
		assertTrue(html.replaceAll("href=\"(#[^\"]+|https://[^\"]+)\"", "").indexOf("href=") < 0, "other links");
		assertTrue(html.contains("@media print"));
		assertTrue(html.contains("<input type=\"checkbox\""));
	}

	@Test
	void markdownEscapesTopologyText() {
		String markdown = checklists.render(topologies.load("hostile", HOSTILE), ChecklistFormat.MARKDOWN);
		// code spans show their text literally; everywhere else markup must be escaped
		assertFalse(markdown.replaceAll("(`+).*?\\1", "").contains("<script>"));
		assertTrue(markdown.contains("CN=\\<script\\>alert(1)\\</script\\>"), markdown);
		assertTrue(markdown.contains("- [ ] **To do:** "));
	}

	/** A spreadsheet opening the CSV runs no formula a topology's strings hold (CSV injection). */
	@Test
	void csvCellsNeverStartAFormula() {
		String formula = "=HYPERLINK(\"http://evil.example\",\"x\")";
		String text = HOSTILE.replace("\"pc01.example.com\"", "\"" + formula.replace("\"", "\\\"") + "\"")
				.replace("\"pchat.example.com\"", "\"@SUM(1+1)\"").replace("\"fe.example.com\"", "\"-2+3\"");
		List<List<String>> records = parseCsv(checklists.render(topologies.load("formulas", text), ChecklistFormat.CSV));
		List<String> cells = records.stream().flatMap(List::stream).toList();
		cells.forEach(cell -> assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0, cell));
		assertTrue(cells.contains("'" + formula), "the FQDN kept as text behind an apostrophe: " + cells);
	}

	@Test
	void csvFollowsRfc4180() {
		String csv = checklists.render(topologies.load("hostile", HOSTILE), ChecklistFormat.CSV);
		assertTrue(csv.endsWith("\r\n"));
		assertFalse(csv.replace("\r\n", "").contains("\r"), "a CR outside a CRLF record end");
		List<List<String>> records = parseCsv(csv);
		List<String> header = records.get(0);
		assertEquals("id", header.get(0));
		assertEquals(12, header.size());
		records.forEach(record -> assertEquals(header.size(), record.size(), () -> record.toString()));
		int what = header.indexOf("what");
		String share = records.stream().filter(r -> r.get(0).equals("file-shares/Share/share")).findFirst().orElseThrow()
				.get(what);
		assertTrue(share.startsWith("Create the share \\\\files.example.com\\a,b \"c\" <b>d</b> ("), share);
		assertTrue(csv.contains("\"Create the share \\\\files.example.com\\a,b \"\"c\"\" <b>d</b> ("), "quoted, quotes doubled");
		int verify = header.indexOf("verify");
		assertTrue(records.get(1).get(verify).contains("\n"), "several commands, one per line in a quoted field");
	}

	@Test
	void jsonFollowsTheDocumentedSchema() throws IOException {
		String json = checklists.render(topologies.load(ChecklistGoldenTest.contoso()), ChecklistFormat.JSON);
		Map<String, Integer> fields = new TreeMap<>();
		try (JsonParser parser = new JsonFactory().createParser(json)) {
			while (parser.nextToken() != null) {
				if (parser.currentToken() == JsonToken.FIELD_NAME) {
					fields.merge(parser.currentName(), 1, Integer::sum);
				}
			}
		}
		for (String field : List.of("generator", "schemaVersion", "notice", "topology", "product", "source", "summary",
				"sections", "step", "title", "items", "id", "kind", "phase", "site", "element", "machine", "what", "why",
				"rule", "requirement", "sourceTitle", "actions", "verify", "flags")) {
			assertTrue(fields.containsKey(field), field);
		}
		assertTrue(json.startsWith("{\n  \"generator\": \"pcchat\",\n  \"schemaVersion\": 2,\n"), json.substring(0, 60));
		assertTrue(json.endsWith("}\n"));
	}

	@Test
	void fileNamesAreSafe() {
		assertEquals("Contoso", FileNames.sanitize("Contoso"));
		assertEquals("etc_passwd", FileNames.sanitize("../etc/passwd"));
		assertEquals("a_b_c", FileNames.sanitize("a/b\\c"));
		assertEquals("x.y", FileNames.sanitize("x..y"));
		for (String unusable : List.of("", "..", ".", "CON", "con", "Nul.txt", "LPT1", "COM0", "lpt0", "___", "/")) {
			assertEquals(FileNames.FALLBACK, FileNames.sanitize(unusable), unusable);
		}
		assertTrue(FileNames.sanitize("x".repeat(300)).length() <= 100);
		assertEquals("Contoso.checklist.csv", FileNames.checklistFile("Contoso", ChecklistFormat.CSV));
	}

	@Test
	void theGeneratorIsBoundAndWritesTheFourFiles() throws IOException {
		assertTrue(generator instanceof PctopoGenerator, generator.getClass().getName());
		XtextResource resource = topologies.load(ChecklistGoldenTest.contoso());
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		GeneratorContext context = new GeneratorContext();
		context.setCancelIndicator(CancelIndicator.NullImpl);
		generator.doGenerate(resource, fsa, context);

		Map<String, Object> files = new TreeMap<>(fsa.getAllFiles());
		List<String> expected = new ArrayList<>();
		for (ChecklistFormat format : ChecklistFormat.values()) {
			String name = IFileSystemAccess.DEFAULT_OUTPUT + "Contoso.checklist." + format.extension();
			expected.add(name);
			assertArrayEquals(Checklists.bytes(checklists.render(resource, format)), (byte[]) files.get(name), name);
		}
		assertEquals(expected.stream().sorted().toList(), List.copyOf(files.keySet()));
	}

	@Test
	void theGeneratorWritesNothingForAnEmptyFile() {
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		generator.doGenerate(topologies.load("empty", ""), fsa, new GeneratorContext());
		assertTrue(fsa.getAllFiles().isEmpty());
	}

	@Test
	void aTopologyWithSyntaxErrorsStillGetsItsChecklistWithTheErrorsFlagged() {
		InMemoryFileSystemAccess fsa = new InMemoryFileSystemAccess();
		generator.doGenerate(topologies.load("broken", "topology Broken { site S { sqlserver SQL { fqdn } } }"), fsa,
				new GeneratorContext());
		String json = new String((byte[]) fsa.getAllFiles().get(IFileSystemAccess.DEFAULT_OUTPUT + "Broken.checklist.json"),
				StandardCharsets.UTF_8);
		assertTrue(json.contains("\"rule\": \"PC001\""), json);
	}

	/** A strict RFC 4180 reader: quoted fields may hold commas, quotes (doubled) and line breaks. */
	private static List<List<String>> parseCsv(String csv) {
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < csv.length(); i++) {
			char c = csv.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				} else if (c == '"') {
					quoted = false;
				} else {
					field.append(c);
				}
			} else if (c == '"' && field.isEmpty()) {
				quoted = true;
			} else if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
			} else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				i++;
			} else {
				assertFalse(c == '"' || c == '\n' || c == '\r', "unquoted " + (int) c + " at " + i);
				field.append(c);
			}
		}
		assertTrue(field.isEmpty() && record.isEmpty(), "the last record ends with CRLF");
		return records;
	}

}
