package org.pcchat.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.model.Elements;
import org.pcchat.dsl.pctopo.PctopoPackage;
import org.pcchat.dsl.pctopo.PctopoPackage.Literals;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Locations;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/**
 * {@link Elements#ofTypes} finds what a walk over all contents finds, in the same order, for every
 * class of the language and the sets the checks use, though it skips what cannot hold them.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class ElementsTest {

	private static final List<Set<EClass>> SETS = List.of(
			Set.of(Literals.AUTHORITY, Literals.SQL_SERVER, Literals.FILE_SHARE, Literals.FRONT_END,
					Literals.PERSISTENT_CHAT_POOL, Literals.SERVER),
			Set.of(Literals.SQL_SERVER, Literals.STANDARD_SERVER, Literals.SERVER),
			Set.of(Literals.HOST, Literals.INSTANCE, Literals.FILE_SHARE, Literals.AUTHORITY));

	@Inject
	private Topologies topologies;

	@Test
	void findsWhatAWalkOverAllContentsFinds() throws IOException {
		List<XtextResource> resources = new ArrayList<>();
		try (Stream<Path> files = Files.list(Locations.repositoryRoot().resolve("org.pcchat.dsl.tests/conformance"))) {
			for (Path file : files.filter(file -> file.toString().endsWith(".pctopo")).sorted().toList()) {
				resources.add(topologies.load(file));
			}
		}
		String contoso = Files.readString(Locations.repositoryRoot().resolve("examples/contoso.pctopo"),
				StandardCharsets.UTF_8);
		resources.add(topologies.load("contoso.pctopo", contoso));
		resources.add(topologies.load("broken.pctopo", contoso.replace("server pc02 active {", "server {")));
		for (XtextResource resource : resources) {
			EObject topology = resource.getContents().get(0);
			for (Set<EClass> types : sets()) {
				List<EObject> all = EcoreUtil2.eAllContentsAsList(topology).stream()
						.filter(element -> types.stream().anyMatch(type -> type.isInstance(element))).toList();
				assertEquals(all, Elements.ofTypes(topology, types), () -> resource.getURI() + " " + types);
			}
		}
	}

	@Test
	void findsNothingOfATypeTheTopologyDoesNotHave() {
		EObject topology = topologies.topology("topology T { site S { } }");
		assertEquals(List.of(), Elements.ofTypes(topology, Set.of(Literals.SERVER)));
		assertFalse(Elements.ofTypes(topology, Set.of(Literals.SITE)).isEmpty());
	}

	/** The sets the checks and the scopes use, and every class of the language on its own. */
	private static List<Set<EClass>> sets() {
		List<Set<EClass>> sets = new ArrayList<>(SETS);
		PctopoPackage.eINSTANCE.getEClassifiers().stream().filter(EClass.class::isInstance)
				.forEach(type -> sets.add(Set.of((EClass) type)));
		return sets;
	}
}
