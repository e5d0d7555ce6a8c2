package org.pcchat.dsl.cli.importer;

import java.util.Optional;

/**
 * Opens a topology document in any of the three formats (docs/import.md, "What is imported") and reads it into a
 * {@link RawTopology}: Get-CsTopology -AsXml output, a Topology Builder .tbxml (its NewTopology, or
 * its OriginalTopology when asked), or an Export-CsConfiguration archive.
 */
public final class TopologyDocument {

	/** Which topology of a .tbxml to read. */
	public enum Version { NEW, ORIGINAL }

	private TopologyDocument() {
	}

	/** The topology in a document's bytes (a zip archive's DocItemSet.xml, or the document itself). */
	static RawTopology read(byte[] document, String display, Version version, Limits limits) throws ImportException {
		byte[] bytes = document;
		String where = display;
		if (ArchiveReader.isArchive(bytes)) {
			bytes = ArchiveReader.document(bytes, display, limits);
			where = display + "!" + ArchiveReader.DOCUMENT;
		}
		return read(TextDecoding.decode(bytes, where), where, version).readFrom(where);
	}

	static RawTopology read(String text, String where, Version version) throws ImportException {
		XmlElement root = XmlTreeReader.read(text, where);
		if (root == null) {
			throw new ImportException(where, "no XML element in this file; pcchat reads Get-CsTopology -AsXml output, "
					+ "a .tbxml file or an Export-CsConfiguration zip");
		}
		if (root.is("Topology")) {
			return PublishedTopologyReader.read(root, "Get-CsTopology -AsXml");
		}
		if (root.is("TopologyBuilder")) {
			return builder(root, where, version);
		}
		if (root.is("DocItemSet")) {
			return PublishedTopologyReader.read(embedded(root, where), "Export-CsConfiguration");
		}
		throw new ImportException(ImportException.at(where, root.line()), "the root element is <" + root.name()
				+ ">, not a topology: pcchat reads Get-CsTopology -AsXml output (<Topology>), Topology Builder's .tbxml "
				+ "(<TopologyBuilder>) and Export-CsConfiguration's DocItemSet.xml");
	}

	private static RawTopology builder(XmlElement root, String where, Version version) throws ImportException {
		String container = version == Version.NEW ? "NewTopology" : "OriginalTopology";
		XmlElement chosen = root.child(container);
		if (chosen == null) {
			throw new ImportException(ImportException.at(where, root.line()), "this .tbxml has no " + container
					+ (version == Version.ORIGINAL ? " (Topology Builder writes it only for a topology downloaded from the "
							+ "Central Management store); import its NewTopology without --original" : ""));
		}
		String format = ".tbxml " + container;
		XmlElement partial = chosen.child("PartialTopology");
		if (partial != null) {
			return BuilderTopologyReader.read(partial, format);
		}
		XmlElement published = chosen.child("Topology");
		if (published != null) {
			return PublishedTopologyReader.read(published, format);
		}
		throw new ImportException(ImportException.at(where, chosen.line()), container
				+ " holds neither PartialTopology nor Topology");
	}

	/** The Topology element of an exported configuration: as an element, or as a document in a text node. */
	private static XmlElement embedded(XmlElement docItemSet, String where) throws ImportException {
		Optional<XmlElement> element = docItemSet.descendants()
				.filter(e -> e.is("Topology") && e.namespace().contains("Deploy.Topology")).findFirst();
		if (element.isPresent()) {
			return element.get();
		}
		Optional<XmlElement> text = docItemSet.descendants()
				.filter(e -> e.text().strip().startsWith("<Topology")).findFirst();
		if (text.isPresent()) {
			XmlElement topology = XmlTreeReader.read(text.get().text().strip(), ImportException.at(where,
					text.get().line()) + " (the topology in it)");
			if (topology != null && topology.is("Topology")) {
				return topology;
			}
		}
		throw new ImportException(where, "holds no Topology; the archive is an Export-CsConfiguration export without "
				+ "the topology document");
	}
}
