package org.pcchat.dsl.cli.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * pcchat import: a topology document, and optionally facts files, in; the text of an existing
 * deployment's .pctopo out, with what could not be imported as warnings. The same input gives the
 * same bytes.
 */
public final class Importer {

	/**
	 * What to import: the document's bytes and its file (named {@code display} in messages), which
	 * topology of a .tbxml, facts files or folders, whether facts win over the document, the topology's
	 * name (null: from the document), and the size limits.
	 */
	public record Options(byte[] content, Path document, String display, TopologyDocument.Version version,
			List<Path> facts, boolean factsWin, String name, Limits limits) {
	}

	/** The file's text, header included, and the warnings in the order they arose. */
	public record Result(String text, List<String> warnings) {
	}

	private Importer() {
	}

	/** {@code keywords}: the language's keywords in lower case, for names that need Xtext's escape. */
	public static Result run(Options options, Set<String> keywords) throws ImportException {
		Warnings warnings = new Warnings();
		RawTopology raw = TopologyDocument.read(options.content(), options.display(), options.version(), options.limits());
		Draft.Topology topology = DeploymentMapper.map(raw, raw.where(), warnings);
		List<Facts> facts = FactsReader.read(options.facts(), warnings, options.limits().factsBytes());
		FactsMapper.apply(topology, facts, options.factsWin(), warnings);
		topology.name = Names.name(options.name() != null ? options.name() : defaultName(raw, options.document()));
		Names.assign(topology);
		String source = options.document().getFileName() == null ? options.display()
				: options.document().getFileName().toString();
		return new Result(ImportedFile.withHeader(source + " (" + raw.format() + ")", PctopoWriter.write(topology,
				keywords)), warnings.messages());
	}

	/** The SIP domain's first label (contoso.com: contoso), else the document's file name without extension. */
	private static String defaultName(RawTopology raw, Path document) {
		if (raw.defaultDomain() != null) {
			return Names.hostName(raw.defaultDomain());
		}
		String file = document.getFileName() == null ? "" : document.getFileName().toString();
		int dot = file.lastIndexOf('.');
		return dot > 0 ? file.substring(0, dot) : file;
	}
}
