package org.pcchat.dsl.linking;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.pcchat.dsl.pctopo.Instance;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * Every element of a topology by the name a reference uses for it, whatever its kind: what an
 * unresolved reference names when it names an element of another kind. Names are compared
 * without regard to case.
 */
@Singleton
public class DeclaredNames {

	private static final String INSTANCES = DeclaredNames.class.getName() + ".instances";

	@Inject
	private IQualifiedNameProvider names;

	@Inject
	private IResourceScopeCache cache;

	/** The elements declared with {@code name} ({@code MACHINE.INSTANCE} for an instance), in the order of the text. */
	public List<EObject> named(Resource resource, String name) {
		Map<String, List<EObject>> byName = cache.get(DeclaredNames.class, resource, () -> index(resource));
		return byName.getOrDefault(key(name), List.of());
	}

	/** The SQL instances whose own name (without their machine's) is {@code name}. */
	public List<EObject> instances(Resource resource, String name) {
		Map<String, List<EObject>> byName = cache.get(INSTANCES, resource, () -> {
			Map<String, List<EObject>> instances = new HashMap<>();
			resource.getAllContents().forEachRemaining(element -> {
				if (element instanceof Instance instance && instance.getName() != null) {
					instances.computeIfAbsent(key(instance.getName()), k -> new ArrayList<>()).add(element);
				}
			});
			return instances;
		});
		return byName.getOrDefault(key(name), List.of());
	}

	private Map<String, List<EObject>> index(Resource resource) {
		Map<String, List<EObject>> byName = new HashMap<>();
		resource.getAllContents().forEachRemaining(element -> {
			QualifiedName name = names.getFullyQualifiedName(element);
			if (name != null) {
				byName.computeIfAbsent(key(name.toString()), k -> new ArrayList<>()).add(element);
			}
		});
		return byName;
	}

	private static String key(String name) {
		return name.replaceAll("\\s", "").toLowerCase(Locale.ROOT);
	}
}
