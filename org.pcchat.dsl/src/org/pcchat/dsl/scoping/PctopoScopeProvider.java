package org.pcchat.dsl.scoping;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.Scopes;
import org.eclipse.xtext.scoping.impl.MultimapBasedScope;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.util.Tuples;
import org.pcchat.dsl.model.Elements;
import org.pcchat.dsl.pctopo.PctopoPackage;
import org.pcchat.dsl.pctopo.Topology;

import com.google.inject.Inject;

/**
 * Every reference resolves inside its own topology, against all elements of the referenced type
 * across all sites, ignoring case ({@code SQLPC.mgc} is {@code SQLPC.MGC}); other files never
 * contribute (one file holds one topology).
 */
public class PctopoScopeProvider extends AbstractPctopoScopeProvider {

	/** The types of the language's cross references: what scopes are asked for. */
	private static final Set<EClass> REFERENCE_TYPES = PctopoPackage.eINSTANCE.getEClassifiers().stream()
			.filter(EClass.class::isInstance).flatMap(type -> ((EClass) type).getEReferences().stream())
			.filter(reference -> !reference.isContainment()).map(EReference::getEReferenceType)
			.collect(Collectors.toUnmodifiableSet());

	@Inject
	private IQualifiedNameProvider qualifiedNameProvider;

	@Inject
	private IResourceScopeCache cache;

	@Override
	public IScope getScope(EObject context, EReference reference) {
		Topology topology = EcoreUtil2.getContainerOfType(context, Topology.class);
		if (topology == null) {
			return IScope.NULLSCOPE;
		}
		EClass type = reference.getEReferenceType();
		Resource resource = topology.eResource();
		if (resource == null || !REFERENCE_TYPES.contains(type)) {
			return scopeFor(type, EcoreUtil2.eAllContentsAsList(topology));
		}
		// Cached per resource and type: linking a large topology asks for the same scope many times.
		return cache.get(Tuples.create(PctopoScopeProvider.class, topology, type), resource,
				() -> scopeFor(type, cache.get(Tuples.create(PctopoScopeProvider.class, topology), resource,
						() -> contents(topology))));
	}

	/**
	 * Everything in the topology a reference can name, in document order: one walk for the scopes of all
	 * reference types, which skips what holds no such element (hardware, operating systems...).
	 */
	private static List<EObject> contents(Topology topology) {
		return Elements.ofTypes(topology, REFERENCE_TYPES);
	}

	private IScope scopeFor(EClass type, List<EObject> contents) {
		List<EObject> candidates = new ArrayList<>();
		for (EObject element : contents) {
			if (type.isInstance(element)) {
				candidates.add(element);
			}
		}
		// Indexed by name: Scopes.scopeFor would compare a reference's name with every candidate's. Names are
		// case-insensitive, as Windows host names and SQL instance names are; of duplicates the first is found.
		return MultimapBasedScope.createScope(IScope.NULLSCOPE, Scopes.scopedElementsFor(candidates, qualifiedNameProvider),
				true);
	}
}
