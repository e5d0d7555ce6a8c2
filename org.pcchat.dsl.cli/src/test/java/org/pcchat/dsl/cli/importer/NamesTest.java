package org.pcchat.dsl.cli.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Names are unique ignoring case, and the same elements get the same names in any order. */
class NamesTest {

	@Test
	void collisionsAreResolvedWhateverTheOrder() {
		for (boolean reversed : new boolean[] {false, true}) {
			Draft.Topology topology = new Draft.Topology();
			Draft.Site site = new Draft.Site("Site");
			topology.sites.add(site);
			Draft.SqlServer zurich = new Draft.SqlServer("sql01", "1:1", "sql01.zrh.contoso.com");
			Draft.SqlServer geneva = new Draft.SqlServer("SQL01", "2:1", "SQL01.gva.contoso.com");
			Draft.ChatPool pool = new Draft.ChatPool("sql01", "1:9/1-PersistentChatService-1", "sql01.contoso.com");
			Draft.FileShare share = new Draft.FileShare("sql01", "1-FileStore-1", "\\\\sql01\\sql01");
			List<Draft.Element> elements = List.of(pool, share, zurich, geneva);
			site.elements.addAll(reversed ? elements.reversed() : elements);
			Names.assign(topology);
			assertEquals(List.of("SQL01-2", "sql01", "sql01-pool", "sql01-3"),
					List.of(geneva.name, zurich.name, pool.name, share.name), "reversed: " + reversed);
		}
	}
}
