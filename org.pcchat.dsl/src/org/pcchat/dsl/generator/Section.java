package org.pcchat.dsl.generator;

import java.util.List;

/** The items of one phase, for one site (machine phases) or for the whole deployment (site null). */
public record Section(String id, Phase phase, String site, List<Item> items) {

	public Section {
		items = List.copyOf(items);
	}

	public String title() {
		return phase.number() + ". " + phase.title();
	}
}
