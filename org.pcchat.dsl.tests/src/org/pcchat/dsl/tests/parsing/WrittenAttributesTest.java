package org.pcchat.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.PctopoFactory;
import org.pcchat.dsl.pctopo.PctopoPackage;
import org.pcchat.dsl.pctopo.PctopoPackage.Literals;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Locations;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/**
 * "Was it written?" is a fact of the model: EMF's {@code eIsSet} ({@link Values#isWritten}) answers what
 * the text says (Xtext's {@code NodeModelUtils.findNodesForFeature}), for every feature of every element
 * of the example, the conformance files and texts with syntax errors, because no attribute has a
 * default value that a written one could be mistaken for.
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class WrittenAttributesTest {

	@Inject
	private Topologies topologies;

	@Test
	void agreesWithXtextOnTheExampleAndTheConformanceFiles() throws IOException {
		List<Path> files = new ArrayList<>(List.of(Locations.repositoryRoot().resolve("examples/contoso.pctopo")));
		try (Stream<Path> conformance = Files.list(Locations.repositoryRoot().resolve("org.pcchat.dsl.tests/conformance"))) {
			conformance.filter(file -> file.toString().endsWith(".pctopo")).sorted().forEach(files::add);
		}
		for (Path file : files) {
			assertAgreesWithXtext(topologies.load(file));
		}
	}

	@Test
	void agreesWithXtextWhereTheTextHasSyntaxErrors() throws IOException {
		String contoso = Files.readString(Locations.repositoryRoot().resolve("examples/contoso.pctopo"),
				StandardCharsets.UTF_8);
		for (String broken : List.of(contoso.replace("port 5041", "port"), contoso.replace("memory 32 GB", "memory GB"),
				contoso.replace("sockets 2 cores 6", "sockets cores 6 }"), contoso.replace("nexthop FE", "nexthop"),
				contoso.substring(0, contoso.length() / 2))) {
			XtextResource resource = topologies.load("broken.pctopo", broken);
			assertTrue(topologies.issues(resource).stream().anyMatch(issue -> Rules.SYNTAX_ERROR.equals(issue.getCode())),
					"the text should have a syntax error");
			assertAgreesWithXtext(resource);
		}
	}

	@Test
	void aZeroIsWrittenAndAnAbsentNumberIsNull() {
		List<? extends EObject> pools = topologies.topology("""
				topology T { site S { persistentchat pool P { port 0 } persistentchat pool Q { } } }
				""").getSites().get(0).getElements();
		PersistentChatPool written = (PersistentChatPool) pools.get(0);
		PersistentChatPool absent = (PersistentChatPool) pools.get(1);
		assertEquals(0, written.getPort());
		assertTrue(Values.isWritten(written, Literals.PERSISTENT_CHAT_POOL__PORT));
		assertEquals(null, absent.getPort());
		assertFalse(Values.isWritten(absent, Literals.PERSISTENT_CHAT_POOL__PORT));
	}

	@Test
	void anElementBuiltInMemoryAnswersFromItsValues() {
		PersistentChatPool pool = PctopoFactory.eINSTANCE.createPersistentChatPool();
		assertFalse(Values.isWritten(pool, Literals.PERSISTENT_CHAT_POOL__PORT));
		pool.setPort(5041);
		assertTrue(Values.isWritten(pool, Literals.PERSISTENT_CHAT_POOL__PORT));
		assertFalse(Values.isWritten(null, Literals.PERSISTENT_CHAT_POOL__PORT));
	}

	/** What makes eIsSet the text's answer: an attribute is a flag, or absent reads null. */
	@Test
	void everyAttributeIsAFlagOrNullWhenAbsent() {
		for (EClassifier classifier : PctopoPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type) {
				for (EAttribute attribute : type.getEAttributes()) {
					boolean flag = attribute.getEAttributeType() == EcorePackage.Literals.EBOOLEAN;
					assertTrue(flag || attribute.isMany() || attribute.getDefaultValue() == null,
							type.getName() + "." + attribute.getName() + " has a default value");
				}
			}
		}
	}

	private static void assertAgreesWithXtext(XtextResource resource) {
		int asked = 0;
		for (EObject element : (Iterable<EObject>) resource::getAllContents) {
			for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
				boolean xtext = !NodeModelUtils.findNodesForFeature(element, feature).isEmpty();
				assertEquals(xtext, Values.isWritten(element, feature), () -> resource.getURI() + ": "
						+ NodeModelUtils.getTokenText(NodeModelUtils.findActualNodeFor(element)) + " / " + feature.getName());
				asked++;
			}
		}
		assertTrue(asked > 0, resource.getURI() + " has no elements");
	}
}
