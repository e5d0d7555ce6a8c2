package org.pcchat.benchmarks.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.pcchat.benchmarks.Language;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.StandardServer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class TopologyGeneratorTest {

	private static Language language;

	@BeforeAll
	static void setUp() {
		language = new Language();
	}

	@Test
	void hasExactlyTheRequestedNumberOfChatServers() {
		for (int servers : List.of(1, 2, 9, 101, 1000)) {
			assertEquals(servers, TopologyGenerator.generate(servers, 1).chatServers(), servers + " servers");
		}
	}

	@Test
	void poolsHaveOneToEightServersAndEveryPoolSizeOccurs() {
		Set<Integer> sizes = pools(TopologyGenerator.generate(1000, 1)).stream().map(pool -> pool.servers().size())
				.collect(Collectors.toSet());
		assertEquals(Set.of(1, 2, 3, 4, 5, 6, 7, 8), sizes);
	}

	// The benchmarks measure validation that finds nothing; a finding would mean less work was measured.
	@Test
	void parsesLinksAndValidatesWithoutAnyDiagnostic() {
		XtextResource resource = parse(TopologyGenerator.generate(1000, 7));
		assertEquals(List.of(), language.validate(resource));
		List<PersistentChatPool> pools = EcoreUtil2.getAllContentsOfType(resource.getContents().get(0),
				PersistentChatPool.class);
		assertTrue(pools.stream().anyMatch(PersistentChatPool::isSingle), "Single Computer Pools");
		assertTrue(pools.stream().anyMatch(pool -> pool.getBackup() != null), "pools with a backup store");
		assertTrue(pools.stream().anyMatch(pool -> pool.getMirror() != null), "pools with a mirror");
		assertEquals(1, EcoreUtil2.getAllContentsOfType(resource.getContents().get(0), StandardServer.class).size(),
				"every tenth site has a Standard Edition server");
	}

	@Test
	void jsonDescribesTheSameServersAsThePctopoText() throws IOException {
		Deployment deployment = TopologyGenerator.generate(300, 3);
		List<String> parsed = EcoreUtil2.getAllContentsOfType(parse(deployment).getContents().get(0), Server.class)
				.stream().map(server -> server.getName() + " " + server.getFqdn()).toList();
		JsonNode json = new ObjectMapper().readTree(JsonWriter.write(deployment));
		List<String> written = new ArrayList<>();
		for (JsonNode site : json.get("sites")) {
			for (String pools : List.of("frontEndPools", "persistentChatPools")) {
				for (JsonNode pool : site.get(pools)) {
					pool.get("servers").forEach(server -> written.add(server.get("name").asText() + " "
							+ server.get("fqdn").asText()));
				}
			}
		}
		assertEquals(parsed.stream().sorted().toList(), written.stream().sorted().toList());
	}

	@Test
	void theSameSeedGivesTheSameTextAndAnotherSeedAnother() {
		String text = PctopoWriter.write(TopologyGenerator.generate(200, 5));
		assertEquals(text, PctopoWriter.write(TopologyGenerator.generate(200, 5)));
		assertNotEquals(text, PctopoWriter.write(TopologyGenerator.generate(200, 6)));
	}

	private static List<Deployment.ChatPool> pools(Deployment deployment) {
		return deployment.sites().stream().flatMap(site -> site.chatPools().stream()).toList();
	}

	private static XtextResource parse(Deployment deployment) {
		return language.parse(PctopoWriter.write(deployment).getBytes(StandardCharsets.UTF_8), "generated");
	}
}
