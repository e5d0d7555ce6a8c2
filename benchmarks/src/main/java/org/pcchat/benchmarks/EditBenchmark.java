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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What a keystroke costs in a 5,000-line file: a one-line edit in the middle of the file, then
 * validation of every check type. The edit ({@link #edit}) is either
 * <ul>
 * <li>{@code memory}: a server's memory, 32 GB to 64 GB and back (the topology stays valid), or</li>
 * <li>{@code msmq}: "MSMQ, " deleted from and restored to a Persistent Chat server's installed list
 * (PC201 comes and goes), the edit {@link StdioEdit} sends the language server;</li>
 * </ul>
 * and it is paid
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

	@Param({ "memory", "msmq" })
	public String edit;

	private Language language;
	private XtextResource resource;
	/** Where the edit is, and the two texts it switches between there. */
	private int offset;
	private String[] values;
	private byte[][] texts;
	private int fullEdits;
	/** Edits of {@link #resource}: an even number leaves it as it was. */
	private int partialEdits;

	@Setup
	public void load() {
		language = new Language();
		String text = Topologies.fiveThousandLines();
		String context = edit.equals("msmq") ? "installed MSMQ, " : "memory 32 GB";
		int at = text.indexOf(context, text.length() / 2);
		offset = at + context.indexOf(' ') + 1;
		values = edit.equals("msmq") ? new String[] { "MSMQ, ", "" } : new String[] { "32", "64" };
		String after = text.substring(0, offset) + values[1] + text.substring(offset + values[0].length());
		texts = new byte[][] { text.getBytes(StandardCharsets.UTF_8), after.getBytes(StandardCharsets.UTF_8) };
		resource = language.parse(texts[0], "edited");
		Language.requireClean(language.validate(resource), "the 5,000-line topology");
	}

	@Benchmark
	public List<Issue> partialReparse() {
		int from = partialEdits++ % 2;
		resource.update(offset, values[from].length(), values[1 - from]);
		return language.validate(resource);
	}

	@Benchmark
	public List<Issue> fullReparse() {
		return language.validate(language.parse(texts[++fullEdits % 2], "edited"));
	}

	/**
	 * An even number of edits leaves the topology as it was, valid; a partial reparse that broke it
	 * would have measured something else.
	 */
	@TearDown
	public void stillClean() {
		if (partialEdits % 2 == 1) {
			partialReparse();
		}
		Language.requireClean(language.validate(resource), "the edited topology");
	}
}
