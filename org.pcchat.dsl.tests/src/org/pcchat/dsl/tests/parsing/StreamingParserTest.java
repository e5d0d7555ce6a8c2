package org.pcchat.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.antlr.runtime.TokenSource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.util.ReplaceRegion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pcchat.dsl.parser.PctopoRecoveringParser;
import org.pcchat.dsl.parser.PctopoStreamingParser;
import org.pcchat.dsl.parser.ReleasingTokenStream;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Locations;

import com.google.inject.Inject;
import com.google.inject.Injector;

/**
 * The streaming parser (the text held once, tokens dropped once parsed) builds exactly the node
 * model, the semantic model and the syntax errors of the generated parser on Xtext's token stream
 * (with the language's recovery from errors, {@link PctopoRecoveringParser}): for every conformance
 * file and example, thousands of broken variants of them (error recovery reads tokens out of order),
 * and partial reparses after edits. The streaming parser here drops tokens after every leaf node, so
 * that any read of a dropped token fails.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class StreamingParserTest {

	private static final int VARIANTS_PER_FILE = 150;

	private static final List<String> INSERTIONS = List.of("{", "}", "{ }", "\"", "\"unterminated", "/*", "*/", "//",
			"\n", " ", "@", "#", "=", ";", ",", "-1", "99999999999", "1.5", "topology", "site", "server", "pool",
			"sql", "fqdn", "instance", "x.y.z", "pool p { }", "/* comment */", "// comment\n", "\t", "é", "\u0000");

	@Inject
	private Injector injector;

	private IParser xtexts;

	private EagerParser streaming;

	@BeforeEach
	void parsers() {
		xtexts = injector.getInstance(PctopoRecoveringParser.class);
		streaming = new EagerParser();
		injector.injectMembers(streaming);
	}

	@Test
	void isTheLanguagesParser() {
		assertInstanceOf(PctopoStreamingParser.class, injector.getInstance(IParser.class));
	}

	@ParameterizedTest
	@MethodSource("files")
	void parsesAsXtextsParserDoes(Path file) throws IOException {
		assertSameParse(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString());
	}

	@ParameterizedTest
	@MethodSource("files")
	void parsesBrokenTextsAsXtextsParserDoes(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Random random = new Random(file.getFileName().toString().hashCode());
		for (int variant = 0; variant < VARIANTS_PER_FILE; variant++) {
			String broken = text;
			for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
				broken = edit(broken, random);
			}
			assertSameParse(broken, file.getFileName() + ", variant " + variant + ":\n" + broken);
		}
	}

	@Test
	void reparsesEditsAsXtextsParserDoes() throws IOException {
		String text = Files.readString(Locations.repositoryRoot().resolve("examples/contoso.pctopo"), StandardCharsets.UTF_8);
		Random random = new Random(7);
		for (int edit = 0; edit < 300; edit++) {
			int offset = random.nextInt(text.length() + 1);
			int length = random.nextInt(Math.min(20, text.length() - offset) + 1);
			String replacement = random.nextBoolean() ? "" : INSERTIONS.get(random.nextInt(INSERTIONS.size()));
			ReplaceRegion region = new ReplaceRegion(offset, length, replacement);
			IParseResult expected = xtexts.reparse(xtexts.parse(new StringReader(text)), region);
			IParseResult actual = streaming.reparse(streaming.parse(new StringReader(text)), region);
			assertSame(expected, actual, "edit " + edit + ": " + region);
			text = expected.getRootNode().getText();
		}
	}

	@Test
	void dropsTheTokensItHasParsed() throws IOException {
		streaming.parse(Files.newBufferedReader(Locations.repositoryRoot().resolve("examples/contoso.pctopo")));
		assertThrows(IllegalStateException.class, () -> streaming.lastStream.get(0));
		assertTrue(streaming.lastStream.size() > 100, "tokens of the example: " + streaming.lastStream.size());
	}

	static Stream<Path> files() throws IOException {
		Path root = Locations.repositoryRoot();
		try (Stream<Path> conformance = Files.list(root.resolve("org.pcchat.dsl.tests/conformance"))) {
			return Stream.concat(conformance.sorted().toList().stream(), Stream.of(root.resolve("examples/contoso.pctopo")));
		}
	}

	private void assertSameParse(String text, String what) {
		assertSame(xtexts.parse(new StringReader(text)), streaming.parse(new StringReader(text)), what);
	}

	private static void assertSame(IParseResult expected, IParseResult actual, String what) {
		assertEquals(expected.getRootNode().getText(), actual.getRootNode().getText(), what);
		assertEquals(nodes(expected), nodes(actual), what);
		assertEquals(expected.hasSyntaxErrors(), actual.hasSyntaxErrors(), what);
		assertTrue(EcoreUtil.equals(expected.getRootASTElement(), actual.getRootASTElement()), what);
	}

	/** One line per node: kind, region, grammar element, lookahead, hidden, syntax error, semantic element. */
	private static String nodes(IParseResult result) {
		StringBuilder nodes = new StringBuilder();
		for (INode node : result.getRootNode().getAsTreeIterable()) {
			nodes.append(node.getClass().getSimpleName()).append(' ').append(node.getTotalOffset()).append('+')
					.append(node.getTotalLength());
			if (node.getGrammarElement() != null) {
				nodes.append(' ').append(EcoreUtil.getURI(node.getGrammarElement()).fragment());
			}
			if (node instanceof ICompositeNode composite) {
				nodes.append(" lookahead ").append(composite.getLookAhead());
			}
			if (node instanceof ILeafNode leaf && leaf.isHidden()) {
				nodes.append(" hidden");
			}
			if (node.getSyntaxErrorMessage() != null) {
				nodes.append(" error ").append(node.getSyntaxErrorMessage().getMessage());
			}
			if (node.hasDirectSemanticElement()) {
				nodes.append(" -> ").append(node.getSemanticElement().eClass().getName());
			}
			nodes.append('\n');
		}
		return nodes.toString();
	}

	/** Deletes a span, inserts a fragment, repeats a line or cuts the text short. */
	private static String edit(String text, Random random) {
		int offset = random.nextInt(text.length() + 1);
		return switch (random.nextInt(4)) {
			case 0 -> text.substring(0, offset) + text.substring(Math.min(text.length(), offset + 1 + random.nextInt(30)));
			case 1 -> text.substring(0, offset) + INSERTIONS.get(random.nextInt(INSERTIONS.size())) + text.substring(offset);
			case 2 -> {
				int start = text.lastIndexOf('\n', Math.max(0, offset - 1)) + 1;
				int end = text.indexOf('\n', offset);
				String line = text.substring(start, end == -1 ? text.length() : end + 1);
				yield text.substring(0, start) + line + line + text.substring(start + line.length());
			}
			default -> text.substring(0, offset);
		};
	}

	/** Drops tokens after every leaf node, and keeps its last stream for a look. */
	private static final class EagerParser extends PctopoStreamingParser {

		private ReleasingTokenStream lastStream;

		@Override
		protected int releaseThreshold() {
			return 1;
		}

		@Override
		protected XtextTokenStream createTokenStream(TokenSource tokenSource) {
			lastStream = (ReleasingTokenStream) super.createTokenStream(tokenSource);
			return lastStream;
		}
	}
}
