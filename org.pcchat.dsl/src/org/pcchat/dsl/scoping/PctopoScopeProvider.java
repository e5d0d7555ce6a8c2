package org.pcchat.dsl.scoping;

import java.util.ArrayList;
import java.util.List;

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
import org.pcchat.dsl.pctopo.Topology;

import com.google.inject.Inject;

/**
 * Every reference resolves inside its own topology, against all elements of the referenced type
 * across all sites; other files never contribute (one file holds one topology).
 */
public class PctopoScopeProvider extends AbstractPctopoScopeProvider {

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
		if (resource == null) {
			return scopeFor(type, contents(topology));
		}
		// Cached per resource and type: linking a large topology asks for the same scope many times.
		return cache.get(Tuples.create(PctopoScopeProvider.class, topology, type), resource,
				() -> scopeFor(type, cache.get(Tuples.create(PctopoScopeProvider.class, topology), resource,
						() -> contents(topology))));
	}

	/** Everything in the topology, in document order: one walk for the scopes of all reference types. */
	private static List<EObject> contents(Topology topology) {
		List<EObject> contents = new ArrayList<>();
		topology.eAllContents().forEachRemaining(contents::add);
		return contents;
	}

	private IScope scopeFor(EClass type, List<EObject> contents) {
		List<EObject> candidates = new ArrayList<>();
		for (EObject element : contents) {
			if (type.isInstance(element)) {
				candidates.add(element);
			}
		}
		// Indexed by name: Scopes.scopeFor would compare a reference's name with every candidate's.
		return MultimapBasedScope.createScope(IScope.NULLSCOPE, Scopes.scopedElementsFor(candidates, qualifiedNameProvider),
				false);
	}
}
