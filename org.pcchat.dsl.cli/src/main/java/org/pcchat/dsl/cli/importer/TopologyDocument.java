package org.pcchat.dsl.cli.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;

/**
 * Opens a topology document in any of the three formats (FACTS.md section 1) and reads it into a
 * {@link RawTopology}: Get-CsTopology -AsXml output, a Topology Builder .tbxml (its NewTopology, or
 * its OriginalTopology when asked), or an Export-CsConfiguration archive.
 */
public final class TopologyDocument {

  /** Which topology of a .tbxml to read. */
  public enum Version { NEW, ORIGINAL }

  private TopologyDocument() {
  }

  static RawTopology read(Path path, String display, Version version, Limits limits) throws ImportException {
    byte[] bytes = readFile(path, display, limits.documentBytes());
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

  private static byte[] readFile(Path path, String display, long limit) throws ImportException {
    try {
      BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        throw new ImportException(display, attributes.isDirectory() ? "a directory, not a topology document"
            : "not a regular file");
      }
      if (attributes.size() > limit) {
        throw tooLarge(display, attributes.size(), limit);
      }
      try (InputStream in = Files.newInputStream(path)) {
        byte[] bytes = in.readNBytes((int) limit + 1);
        if (bytes.length > limit) {
          throw tooLarge(display, bytes.length, limit);
        }
        return bytes;
      }
    } catch (NoSuchFileException e) {
      throw new ImportException(display, "no such file", e);
    } catch (AccessDeniedException e) {
      throw new ImportException(display, "permission denied", e);
    } catch (IOException e) {
      throw new ImportException(display, "cannot read: " + e.getMessage(), e);
    }
  }

  private static ImportException tooLarge(String display, long size, long limit) {
    return new ImportException(display, "too large (" + Limits.megabytes(size) + "); pcchat reads topology "
        + "documents of up to " + Limits.megabytes(limit));
  }
}
