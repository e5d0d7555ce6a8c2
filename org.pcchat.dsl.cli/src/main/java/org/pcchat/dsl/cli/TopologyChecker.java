package org.pcchat.dsl.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.impl.EValidatorRegistryImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.IResourceFactory;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.PctopoRuntimeModule;
import org.pcchat.dsl.PctopoStandaloneSetup;
import org.pcchat.dsl.rules.config.RuleConfigurations;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * Parses, links and validates topology files with the language's own services: one injector and
 * one resource set per run, whatever the command.
 */
final class TopologyChecker {

	private final Injector injector;
	private final XtextResourceSet resourceSet;

	/** The language as configured on disk: each topology uses the pcchat.json found beside it. */
	TopologyChecker() {
		this(binder -> { });
	}

	/** The language with one pcchat.json for every topology ({@code --config}). */
	TopologyChecker(ExplicitRuleConfiguration configuration) {
		this(binder -> binder.bind(RuleConfigurations.class).toInstance(configuration));
	}

	// The language's validators register with an EValidator registry; EMF's global one would keep
	// the first run's validators (and their configuration) for every later run in the same JVM.
	private TopologyChecker(Module overrides) {
		Module ownRegistry = binder -> binder.bind(EValidator.Registry.class).toInstance(new EValidatorRegistryImpl());
		injector = new PctopoStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules.override(new PctopoRuntimeModule()).with(ownRegistry, overrides));
			}
		}.createInjectorAndDoEMFRegistration();
		resourceSet = injector.getInstance(XtextResourceSet.class);
	}

	/** A service of the language, e.g. the checklist generator or the rule catalogue. */
	<T> T get(Class<T> type) {
		return injector.getInstance(type);
	}

	/**
	 * What a run loaded: the resource of each file that could be read, in the files' order, and the
	 * files that could not be.
	 */
	record Loaded(Map<SourceFile, Resource> resources, List<InputException> unreadable) {
	}

	/** Checks the loaded files; reports are in the files' order. */
	List<FileReport> check(Map<SourceFile, Resource> resources) {
		List<FileReport> reports = new ArrayList<>();
		resources.forEach((file, resource) -> reports.add(new FileReport(file.displayPath(), validate(resource))));
		return reports;
	}

	/**
	 * Loads all files into the run's resource set first, so that references between them can
	 * resolve; a file that cannot be read is set aside, and the others are loaded.
	 */
	Loaded load(List<SourceFile> files, SizeLimit limit) {
		Map<SourceFile, Resource> resources = new LinkedHashMap<>();
		List<InputException> unreadable = new ArrayList<>();
		for (SourceFile file : files) {
			try {
				resources.put(file, load(file, limit));
			} catch (InputException e) {
				unreadable.add(e);
			}
		}
		return new Loaded(resources, List.copyOf(unreadable));
	}

	/** The diagnostics of a loaded resource, with the configured severities, in position order. */
	List<Finding> validate(Resource resource) {
		return findings(issues(resource));
	}

	/** The language's own diagnostics of a loaded resource, with offsets, as editors get them. */
	List<Issue> issues(Resource resource) {
		IResourceValidator validator = injector.getInstance(IResourceValidator.class);
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	Resource load(SourceFile file, SizeLimit limit) throws InputException {
		URI uri = URI.createFileURI(file.path().toAbsolutePath().normalize().toString());
		return load(uri, file.read(limit), file.displayPath());
	}

	/** A topology that is not on disk (yet), e.g. one pcchat import wrote, loaded as if it were {@code name}. */
	Resource load(String name, String text) throws InputException {
		return load(URI.createURI("memory:/" + URI.encodeSegment(name, false)), text, name);
	}

	// The factory, not resourceSet.createResource, so that a file named explicitly is checked
	// whatever its extension.
	private Resource load(URI uri, String text, String displayPath) throws InputException {
		Resource resource = injector.getInstance(IResourceFactory.class).createResource(uri);
		resourceSet.getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
					Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new InputException(displayPath, "cannot load: " + e.getMessage(), e);
		}
		return resource;
	}

	/** The reported diagnostics of {@code issues}: those not switched off, in position order. */
	static List<Finding> findings(List<Issue> issues) {
		List<Finding> findings = new ArrayList<>();
		for (Issue issue : issues) {
			Severity severity = severity(issue);
			if (severity != null) {
				findings.add(finding(issue, severity));
			}
		}
		findings.sort(Finding.BY_POSITION);
		return findings;
	}

	// Issues without a position (rare: whole-resource problems) are placed at the start of the file,
	// since the output format always names a position.
	private static Finding finding(Issue issue, Severity severity) {
		int line = valueOr(issue.getLineNumber(), 1);
		int column = valueOr(issue.getColumn(), 1);
		return new Finding(issue.getCode(), severity, issue.getMessage(), line, column,
				valueOr(issue.getLineNumberEnd(), line), valueOr(issue.getColumnEnd(), column));
	}

	private static Severity severity(Issue issue) {
		return switch (issue.getSeverity()) {
			case ERROR -> Severity.ERROR;
			case WARNING -> Severity.WARNING;
			case INFO -> Severity.INFO;
			case IGNORE -> null;
		};
	}

	private static int valueOr(Integer value, int fallback) {
		return value == null ? fallback : value;
	}
}
