package org.pcchat.dsl.tests.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.eclipse.xtext.validation.Issue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Locations;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;

/** The bundled examples are valid topologies: no diagnostic of any severity. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class ExampleTest {

	@Inject
	private Topologies topologies;

	@Test
	void contosoHasNoDiagnostics() throws Exception {
		Path example = Locations.repositoryRoot().resolve("examples/contoso.pctopo");
		var issues = topologies.issues(topologies.load(example));
		assertEquals("", issues.stream().map(Issue::toString).reduce("", (a, b) -> a + b + "\n"));
	}

	/** The stretched pool of docs/LANGUAGE.md: data centers, mirrors, a witness, backups, existing machines. */
	@Test
	void stretchedPoolHasNoDiagnostics() throws Exception {
		Path example = Locations.repositoryRoot().resolve("examples/stretched-pool.pctopo");
		var issues = topologies.issues(topologies.load(example));
		assertEquals("", issues.stream().map(Issue::toString).reduce("", (a, b) -> a + b + "\n"));
	}

	@Test
	void bundledExampleIsTheSpecificationsExample() throws Exception {
		Path shared = Locations.specification("examples/contoso.pctopo");
		assertEquals(Files.readString(shared), Files.readString(Locations.repositoryRoot().resolve("examples/contoso.pctopo")));
	}
}
