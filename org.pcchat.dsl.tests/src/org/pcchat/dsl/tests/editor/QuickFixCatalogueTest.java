package org.pcchat.dsl.tests.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.IQuickFixProvider;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rule;
import org.pcchat.dsl.rules.RuleCatalogue;
import org.pcchat.dsl.tests.support.PctopoIdeInjectorProvider;

import com.google.inject.Inject;

/**
 * The rule catalogue's {@code quickfix = true} and the registered quick fixes cannot drift apart:
 * every rule that claims a fix has one, and no fix exists for a rule that does not claim one.
 * (RuleCatalogueTest holds the catalogue to DOMAIN.md's quick-fix column.)
 */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoIdeInjectorProvider.class)
class QuickFixCatalogueTest {

	@Inject
	private RuleCatalogue catalogue;

	@Inject
	private IQuickFixProvider provider;

	@Test
	void quickFixMethodsAreExactlyThoseTheCatalogueClaims() {
		Set<String> registered = quickFixMethods().stream().flatMap(m -> Arrays.stream(m.getAnnotationsByType(QuickFix.class)))
				.map(QuickFix::value).collect(Collectors.toCollection(TreeSet::new));
		assertEquals(claimed(), registered, "rules with quickfix = true vs @QuickFix methods");
	}

	@Test
	void quickFixMethodsHaveTheSignatureXtextCalls() {
		// AbstractDeclarativeIdeQuickfixProvider silently skips any other method.
		for (Method method : quickFixMethods()) {
			assertEquals(List.of(DiagnosticResolutionAcceptor.class), List.of(method.getParameterTypes()), method::getName);
			assertEquals(void.class, method.getReturnType(), method::getName);
			assertEquals(true, Modifier.isPublic(method.getModifiers()), method::getName);
		}
	}

	@Test
	void providerHandlesTheDiagnosticsOfExactlyTheClaimingRules() {
		Set<String> handled = catalogue.all().stream().map(Rule::id).filter(id -> provider.handlesDiagnostic(
				new Diagnostic(new Range(new Position(0, 0), new Position(0, 1)), "a diagnostic", DiagnosticSeverity.Error,
						"pcchat", id)))
				.collect(Collectors.toCollection(TreeSet::new));
		assertEquals(claimed(), handled);
	}

	private Set<String> claimed() {
		Set<String> claimed = catalogue.all().stream().filter(Rule::hasQuickFix).map(Rule::id)
				.collect(Collectors.toCollection(TreeSet::new));
		assertFalse(claimed.isEmpty(), "no rule of the catalogue claims a quick fix");
		return claimed;
	}

	private List<Method> quickFixMethods() {
		List<Method> methods = Arrays.stream(provider.getClass().getDeclaredMethods())
				.filter(method -> method.getAnnotationsByType(QuickFix.class).length > 0).toList();
		assertFalse(methods.isEmpty(), () -> provider.getClass() + " has no @QuickFix methods");
		return methods;
	}
}
