package org.pcchat.benchmarks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a keystroke costs in a 5,000-line file: a one-line edit (a server's memory, 32 GB to 64 GB and
 * back, in the middle of the file), then validation of every check type.
 * <ul>
 * <li>{@link #partialReparse}: the Eclipse editor's way, {@link XtextResource#update} reparses the
 * smallest region around the edit, then the whole resource is relinked and validated;</li>
 * <li>{@link #fullReparse}: the language server's way, which parses the edited document into a fresh
 * resource before validating it.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class EditBenchmark {

	private static final String BEFORE = "memory 32 GB";
	private static final String AFTER = "memory 64 GB";
	private static final int VALUE = "memory ".length();

	private Language language;
	private XtextResource resource;
	private int offset;
	private byte[][] texts;
	private int edits;

	@Setup
	public void load() {
		language = new Language();
		String text = Topologies.fiveThousandLines();
		int edited = text.indexOf(BEFORE, text.length() / 2);
		offset = edited + VALUE;
		String after = text.substring(0, edited) + AFTER + text.substring(edited + BEFORE.length());
		texts = new byte[][] { text.getBytes(StandardCharsets.UTF_8), after.getBytes(StandardCharsets.UTF_8) };
		resource = language.parse(texts[0], "edited");
		Language.requireClean(language.validate(resource), "the 5,000-line topology");
	}

	@Benchmark
	public List<Issue> partialReparse() {
		String value = edits++ % 2 == 0 ? "64" : "32";
		resource.update(offset, value.length(), value);
		return language.validate(resource);
	}

	@Benchmark
	public List<Issue> fullReparse() {
		return language.validate(language.parse(texts[++edits % 2], "edited"));
	}

	/** The edits keep the topology valid; a partial reparse that broke it would have measured something else. */
	@TearDown
	public void stillClean() {
		Language.requireClean(language.validate(resource), "the edited topology");
	}
}
