package org.pcchat.dsl.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.GeneratorContext;
import org.eclipse.xtext.generator.IFileSystemAccess;
import org.eclipse.xtext.generator.InMemoryFileSystemAccess;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.generator.PctopoGenerator;
import org.pcchat.dsl.pctopo.Topology;

/**
 * The whole pipeline for one input, as the command line and the build run it: the bytes are read
 * as a file (UTF-8 check), parsed, linked, validated, and given to the language's generator, which
 * renders every checklist format. The language's services are made once and reused, so that
 * thousands of inputs fit in seconds; each input gets a fresh resource.
 */
final class Pipeline {

	/**
	 * What one input gave: the one-line input error, or the text, whether a topology was parsed and
	 * its name (null when the parser found none), its issues and the files the generator wrote; and
	 * what the language logged.
	 */
	record Outcome(String inputError, String text, boolean parsed, String topologyName, List<Issue> issues,
			List<Finding> findings, Map<String, byte[]> generated, String libraryLog) {
	}

	private final TopologyChecker checker = new TopologyChecker();
	private final PctopoGenerator generator = checker.get(PctopoGenerator.class);
	private final StringWriter log = new StringWriter();
	private final Path file;

	/** A pipeline reading its inputs from a file named {@code name} in a new folder below {@code parent}. */
	Pipeline(Path parent, String name) {
		try {
			file = Files.createTempDirectory(Files.createDirectories(parent), "fuzz").resolve(name);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	Outcome run(String text) {
		return run(text.getBytes(StandardCharsets.UTF_8));
	}

	/** {@code text} with {@code configuration} as the pcchat.json beside it. */
	Outcome run(String text, byte[] configuration) {
		Path json = file.resolveSibling("pcchat.json");
		try {
			Files.write(json, configuration);
			return run(text);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} finally {
			json.toFile().delete();
		}
	}

	Outcome run(byte[] bytes) {
		// each run: any command line run in between installs its own
		log.getBuffer().setLength(0);
		LibraryLog.install(new PrintWriter(log, true), false);
		SourceFile source = new SourceFile(file.getFileName().toString(), write(bytes));
		String text;
		Resource resource;
		try {
			text = source.read(MaxSizeOption.DEFAULT_LIMIT);
			resource = checker.load(source, MaxSizeOption.DEFAULT_LIMIT);
		} catch (InputException e) {
			return new Outcome(e.getMessage(), null, false, null, List.of(), List.of(), Map.of(), log.toString());
		}
		try {
			List<Issue> issues = checker.issues(resource);
			Topology topology = topologyOf(resource);
			return new Outcome(null, text, topology != null, topology == null ? null : topology.getName(), issues,
					TopologyChecker.findings(issues), generate(resource), log.toString());
		} finally {
			resource.unload();
			resource.getResourceSet().getResources().remove(resource);
		}
	}

	private Map<String, byte[]> generate(Resource resource) {
		InMemoryFileSystemAccess files = new InMemoryFileSystemAccess();
		generator.doGenerate(resource, files, new GeneratorContext());
		Map<String, byte[]> generated = new LinkedHashMap<>();
		// the in-memory file system names each file after its output configuration, then its path
		files.getBinaryFiles().forEach((name, content) ->
				generated.put(name.substring(IFileSystemAccess.DEFAULT_OUTPUT.length()), content));
		return generated;
	}

	private static Topology topologyOf(Resource resource) {
		return !resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Topology topology
				? topology : null;
	}

	private Path write(byte[] bytes) {
		try {
			return Files.write(file, bytes);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
