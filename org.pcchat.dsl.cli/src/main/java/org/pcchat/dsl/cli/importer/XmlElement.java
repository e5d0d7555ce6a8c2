package org.pcchat.dsl.cli.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An element of a topology document as read: its local name, attributes by local name, children,
 * text and the line it starts on. Names are matched ignoring case and namespaces, since the three
 * formats put the same elements in different namespaces and nothing here depends on them.
 */
record XmlElement(String name, String namespace, Map<String, String> attributes, List<XmlElement> children,
		String text, int line) {

	boolean is(String localName) {
		return name.equalsIgnoreCase(localName);
	}

	/** The attribute's value, stripped, or null when absent or blank. */
	String attribute(String localName) {
		for (Map.Entry<String, String> entry : attributes.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(localName)) {
				String value = entry.getValue().strip();
				return value.isEmpty() ? null : value;
			}
		}
		return null;
	}

	/** The attribute's value as written (an empty value is kept: a default SQL instance is Name=""). */
	String rawAttribute(String localName) {
		for (Map.Entry<String, String> entry : attributes.entrySet()) {
			if (entry.getKey().equalsIgnoreCase(localName)) {
				return entry.getValue();
			}
		}
		return null;
	}

	boolean flag(String localName) {
		return "true".equalsIgnoreCase(attribute(localName));
	}

	XmlElement child(String localName) {
		for (XmlElement child : children) {
			if (child.is(localName)) {
				return child;
			}
		}
		return null;
	}

	List<XmlElement> children(String localName) {
		List<XmlElement> found = new ArrayList<>();
		for (XmlElement child : children) {
			if (child.is(localName)) {
				found.add(child);
			}
		}
		return found;
	}

	/** The children of the child {@code container}, e.g. every Cluster of Clusters; none when absent. */
	List<XmlElement> children(String container, String localName) {
		XmlElement list = child(container);
		return list == null ? List.of() : list.children(localName);
	}

	/** The element's text, stripped, or null when empty. */
	String textValue() {
		String value = text.strip();
		return value.isEmpty() ? null : value;
	}

	/** This element and everything below it, in document order. */
	Stream<XmlElement> descendants() {
		return Stream.concat(Stream.of(this), children.stream().flatMap(XmlElement::descendants));
	}
}
