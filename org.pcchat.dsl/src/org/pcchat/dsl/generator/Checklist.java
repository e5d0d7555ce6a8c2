package org.pcchat.dsl.generator;

import java.util.List;
import java.util.stream.Stream;

/**
 * The deployment checklist of one topology, independent of any output format
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-deployment-checklist-for-persistent-chat-server).
 *
 * @param topology the topology's name
 * @param product  the product's display name, e.g. "Lync Server 2013"
 * @param source   the file name of the topology, without folders
 * @param sections in working order
 * @param errors   the topology's error diagnostics, flagged on items
 * @param warnings the topology's warning diagnostics, flagged on items
 */
public record Checklist(String topology, String product, String source, List<Section> sections, int errors,
		int warnings) {

	public Checklist {
		sections = List.copyOf(sections);
	}

	public Stream<Item> items() {
		return sections.stream().flatMap(section -> section.items().stream());
	}

	public long count(Kind kind) {
		return items().filter(item -> item.kind() == kind).count();
	}

	public long flaggedCount() {
		return items().filter(Item::isFlagged).count();
	}
}
