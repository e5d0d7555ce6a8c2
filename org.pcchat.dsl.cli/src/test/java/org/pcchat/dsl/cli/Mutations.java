package org.pcchat.dsl.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Broken variants of the project's real topologies (the conformance files, the example and the
 * command line's fixtures): tokens deleted, duplicated, swapped or replaced; the text cut short;
 * bytes changed, inserted or removed.
 */
final class Mutations {

	/** Strings (also unterminated), comments, names, numbers, blanks, and any other single character. */
	private static final Pattern TOKEN = Pattern.compile(
			"\"(?:[^\"\\\\\\n]|\\\\.)*\"?|//[^\\n]*|/\\*.*?\\*/|\\^?[A-Za-z_$][A-Za-z0-9_]*|\\d+|\\s+|.", Pattern.DOTALL);
	private static final List<String> EXTRA_TOKENS = List.of("{", "}", "{", "}", ".", ",", "\"", "/*", "^", "\n",
			"topology", "site", "server", "pool", "frontend", "persistentchat", "0", "99999999999", "\"\\q\"");

	private static final List<byte[]> FILES = files();
	// As an editor shows a file that is not UTF-8: with replacement characters.
	private static final List<String> CORPUS = FILES.stream().map(bytes -> new String(bytes, StandardCharsets.UTF_8))
			.toList();
	private static final List<String> VOCABULARY = words();

	private Mutations() {
	}

	/** The real topologies every mutation starts from, as text. */
	static List<String> corpus() {
		return CORPUS;
	}

	/** Every token of the corpus and the extra ones, which insertions and replacements draw from. */
	static List<String> vocabulary() {
		return VOCABULARY;
	}

	private static List<byte[]> files() {
		try (Stream<Path> conformance = Files.list(Path.of("../org.pcchat.dsl.tests/conformance"));
				Stream<Path> fixtures = Files.walk(Path.of("src/test/resources/fixtures"))) {
			return Stream.concat(Stream.of(Path.of("../examples/contoso.pctopo")), Stream.concat(conformance, fixtures))
					.filter(path -> path.toString().endsWith(InputFiles.EXTENSION)).sorted().map(Mutations::read).toList();
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** pcchat.json files, each a mutation of a valid one: tokens deleted, swapped and so on, or bytes changed. */
	static Arbitrary<byte[]> configurations() {
		String valid = "{\n  \"rules\": {\n    \"PC208\": \"off\",\n    \"PC501\": \"error\",\n"
				+ "    \"PC215\": \"info\",\n    \"PC403\": \"warning\"\n  }\n}\n";
		List<String> json = List.of(valid, "{}", "{\"rules\": {}}", "[]", "", "{\"rules\": {\"PC001\": \"off\", \"PC208\": 1}}");
		Arbitrary<String> text = Combinators.combine(Arbitraries.of(json), tokenMutation().list().ofMaxSize(4))
				.as((config, mutations) -> {
					List<String> tokens = tokens(config);
					mutations.forEach(mutation -> mutation.apply(tokens));
					return String.join("", tokens);
				});
		return Combinators.combine(text, byteMutation().list().ofMaxSize(2)).as((config, mutations) ->
				mutate(config.getBytes(StandardCharsets.UTF_8), mutations));
	}

	/** A real topology with one to four token mutations. */
	static Arbitrary<String> tokenMutations() {
		return Combinators.combine(Arbitraries.of(CORPUS), tokenMutation().list().ofMinSize(1).ofMaxSize(4))
				.as((text, mutations) -> {
					List<String> tokens = tokens(text);
					mutations.forEach(mutation -> mutation.apply(tokens));
					return String.join("", tokens);
				});
	}

	/** A real topology cut after any character. */
	static Arbitrary<String> truncations() {
		return Arbitraries.of(CORPUS).flatMap(text -> Arbitraries.integers().between(0, text.length())
				.map(length -> text.substring(0, length)));
	}

	/** The bytes of a real topology with one to eight bytes changed, inserted or removed. */
	static Arbitrary<byte[]> byteMutations() {
		return Combinators.combine(Arbitraries.of(FILES), byteMutation().list().ofMinSize(1).ofMaxSize(8))
				.as(Mutations::mutate);
	}

	private static byte[] mutate(byte[] file, List<ByteMutation> mutations) {
		List<Byte> bytes = new ArrayList<>();
		for (byte b : file) {
			bytes.add(b);
		}
		mutations.forEach(m -> m.apply(bytes));
		byte[] result = new byte[bytes.size()];
		for (int i = 0; i < result.length; i++) {
			result[i] = bytes.get(i);
		}
		return result;
	}

	private static Arbitrary<ByteMutation> byteMutation() {
		return Combinators.combine(Arbitraries.of(ByteMutation.Kind.values()), Arbitraries.doubles().between(0, 1),
				Arbitraries.bytes()).as(ByteMutation::new);
	}

	private static Arbitrary<TokenMutation> tokenMutation() {
		Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
		return Combinators.combine(Arbitraries.of(TokenMutation.Kind.values()), where, where, Arbitraries.of(VOCABULARY))
				.as(TokenMutation::new);
	}

	static List<String> tokens(String text) {
		List<String> tokens = new ArrayList<>();
		Matcher matcher = TOKEN.matcher(text);
		while (matcher.find()) {
			tokens.add(matcher.group());
		}
		return tokens;
	}

	private static List<String> words() {
		List<String> words = new ArrayList<>(EXTRA_TOKENS);
		CORPUS.stream().flatMap(text -> tokens(text).stream()).filter(token -> !token.isBlank()).distinct().sorted()
				.forEach(words::add);
		return List.copyOf(words);
	}

	private static byte[] read(Path path) {
		try {
			return Files.readAllBytes(path);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One change to a token list; positions are fractions of its length, so that they fit any text. */
	record TokenMutation(Kind kind, double at, double other, String token) {

		enum Kind { DELETE, DUPLICATE, SWAP, REPLACE, INSERT }

		void apply(List<String> tokens) {
			if (tokens.isEmpty()) {
				tokens.add(token);
				return;
			}
			int i = index(at, tokens.size());
			int j = index(other, tokens.size());
			switch (kind) {
				case DELETE -> tokens.remove(i);
				case DUPLICATE -> tokens.add(i, tokens.get(i));
				case SWAP -> tokens.set(j, tokens.set(i, tokens.get(j)));
				case REPLACE -> tokens.set(i, token);
				case INSERT -> tokens.add(i, " " + token + " ");
			}
		}
	}

	/** One change to a byte list. */
	record ByteMutation(Kind kind, double at, byte value) {

		enum Kind { CHANGE, INSERT, DELETE }

		void apply(List<Byte> bytes) {
			if (bytes.isEmpty()) {
				bytes.add(value);
				return;
			}
			int i = index(at, bytes.size());
			switch (kind) {
				case CHANGE -> bytes.set(i, value);
				case INSERT -> bytes.add(i, value);
				case DELETE -> bytes.remove(i);
			}
		}
	}

	private static int index(double fraction, int size) {
		return Math.min(size - 1, (int) (fraction * size));
	}
}
