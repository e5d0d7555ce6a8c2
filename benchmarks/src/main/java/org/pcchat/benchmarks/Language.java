package org.pcchat.benchmarks;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.log4j.ConsoleAppender;
import org.apache.log4j.Level;
import org.apache.log4j.Logger;
import org.apache.log4j.PatternLayout;
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
import org.pcchat.dsl.generator.Checklists;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/**
 * The language's services as the command line sets them up: one injector with its own EValidator
 * registry, a fresh resource set per parse, validation of every check type (CheckMode.ALL).
 */
public final class Language {

	static {
		// Xtext logs through log4j 1.2; without a configuration log4j warns on stderr instead.
		Logger root = Logger.getRootLogger();
		if (!root.getAllAppenders().hasMoreElements()) {
			root.addAppender(new ConsoleAppender(new PatternLayout("%p %c: %m%n"), ConsoleAppender.SYSTEM_ERR));
			root.setLevel(Level.WARN);
		}
	}

	private final Injector injector;
	private final IResourceValidator validator;

	public Language() {
		Module ownRegistry = binder -> binder.bind(EValidator.Registry.class).toInstance(new EValidatorRegistryImpl());
		injector = new PctopoStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules.override(new PctopoRuntimeModule()).with(ownRegistry));
			}
		}.createInjectorAndDoEMFRegistration();
		validator = injector.getInstance(IResourceValidator.class);
	}

	/**
	 * Parses UTF-8 text into a new resource of a new resource set. References are linked lazily, so
	 * {@link #validate} links them: parse + validate is the whole work of a check.
	 */
	public XtextResource parse(byte[] text, String name) {
		// Not a file: no pcchat.json applies, and nothing is read from disk.
		URI uri = URI.createURI("bench:/" + name + ".pctopo");
		XtextResource resource = (XtextResource) injector.getInstance(IResourceFactory.class).createResource(uri);
		injector.getInstance(XtextResourceSet.class).getResources().add(resource);
		try {
			resource.load(new ByteArrayInputStream(text), Map.of(XtextResource.OPTION_ENCODING, "UTF-8"));
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return resource;
	}

	/** Links and validates with every check, expensive ones included, as the command line does. */
	public List<Issue> validate(Resource resource) {
		return validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	public Checklists checklists() {
		return injector.getInstance(Checklists.class);
	}

	/** Fails unless the topology is clean: a benchmark of a topology with findings would measure less work. */
	public static void requireClean(List<Issue> issues, String what) {
		if (!issues.isEmpty()) {
			throw new IllegalStateException(what + " has " + issues.size() + " diagnostics, e.g.\n" + issues.stream()
					.limit(5).map(Issue::toString).collect(Collectors.joining("\n")));
		}
	}
}
