package org.pcchat.dsl.cli.importer;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a document into {@link XmlElement}s with the JDK's own StAX parser, which never resolves an
 * entity: a document type declaration is refused before parsing (no topology document has one; they
 * are how entity attacks arrive), DTD support and external entities are switched off as a second
 * line, and any resolver call fails.
 */
final class XmlTreeReader {

	private XmlTreeReader() {
	}

	static XmlElement read(String text, String file) throws ImportException {
		int doctype = doctypeLine(text);
		if (doctype > 0) {
			throw new ImportException(ImportException.at(file, doctype), "a document type declaration (<!DOCTYPE>) is "
					+ "not allowed: topology documents have none, and pcchat never reads DTDs or entities");
		}
		XMLStreamReader reader = null;
		try {
			reader = factory().createXMLStreamReader(new StringReader(text));
			return tree(reader, file);
		} catch (XMLStreamException e) {
			throw new ImportException(ImportException.at(file, line(e.getLocation())), "not well-formed XML: "
					+ message(e));
		} finally {
			close(reader);
		}
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		factory.setXMLResolver((publicId, systemId, base, namespace) -> {
			throw new XMLStreamException("external entity " + systemId + " refused");
		});
		return factory;
	}

	private static XmlElement tree(XMLStreamReader reader, String file) throws XMLStreamException, ImportException {
		Deque<Builder> open = new ArrayDeque<>();
		XmlElement root = null;
		int elements = 0;
		while (reader.hasNext()) {
			int event = reader.next();
			switch (event) {
				case XMLStreamConstants.START_ELEMENT -> {
					if (open.size() >= Limits.MAX_DEPTH || ++elements > Limits.MAX_ELEMENTS) {
						throw new ImportException(ImportException.at(file, line(reader.getLocation())), open.size()
								>= Limits.MAX_DEPTH ? "elements nested more than " + Limits.MAX_DEPTH + " deep; this is not a "
								+ "topology document" : "more than " + Limits.MAX_ELEMENTS + " elements; this is not a topology document");
					}
					open.push(new Builder(reader));
				}
				case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
					if (!open.isEmpty()) {
						open.peek().text.append(reader.getText());
					}
				}
				case XMLStreamConstants.END_ELEMENT -> {
					XmlElement element = open.pop().build();
					if (open.isEmpty()) {
						root = element;
					} else {
						open.peek().children.add(element);
					}
				}
				case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE -> throw new XMLStreamException(
						"entities are not allowed", reader.getLocation());
				default -> { }
			}
		}
		return root;
	}

	/** The line of a DOCTYPE before the root element, or 0. */
	static int doctypeLine(String text) {
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c) || c == '\uFEFF') {
				i++;
			} else if (text.startsWith("<?", i)) {
				i = skipPast(text, i, "?>");
			} else if (text.startsWith("<!--", i)) {
				i = skipPast(text, i, "-->");
			} else if (text.regionMatches(true, i, "<!DOCTYPE", 0, 9)) {
				return (int) text.substring(0, i).chars().filter(ch -> ch == '\n').count() + 1;
			} else {
				return 0;
			}
		}
		return 0;
	}

	private static int skipPast(String text, int from, String end) {
		int at = text.indexOf(end, from);
		return at < 0 ? text.length() : at + end.length();
	}

	private static int line(Location location) {
		return location == null ? 0 : location.getLineNumber();
	}

	// The JDK's messages start "ParseError at [row,col]:[3,7]\nMessage: "; the line is said elsewhere.
	private static String message(XMLStreamException e) {
		String message = String.valueOf(e.getMessage());
		int at = message.lastIndexOf("Message: ");
		String text = (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
		return text.replaceAll("\\s+", " ");
	}

	private static void close(XMLStreamReader reader) {
		if (reader != null) {
			try {
				reader.close();
			} catch (XMLStreamException e) {
				// nothing was written; a failure to release the reader changes nothing
			}
		}
	}

	private static final class Builder {
		final String name;
		final String namespace;
		final Map<String, String> attributes = new LinkedHashMap<>();
		final List<XmlElement> children = new ArrayList<>();
		final StringBuilder text = new StringBuilder();
		final int line;

		Builder(XMLStreamReader reader) {
			name = reader.getLocalName();
			namespace = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
			for (int i = 0; i < reader.getAttributeCount(); i++) {
				attributes.putIfAbsent(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
			}
			line = line(reader.getLocation());
		}

		XmlElement build() {
			return new XmlElement(name, namespace, Collections.unmodifiableMap(attributes), List.copyOf(children),
					text.toString(), line);
		}
	}
}
