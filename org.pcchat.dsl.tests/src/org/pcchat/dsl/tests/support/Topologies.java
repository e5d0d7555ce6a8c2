package org.pcchat.dsl.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.pctopo.Topology;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** Loads topologies (from text or files) into fresh resource sets and validates them. */
public class Topologies {

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	/** Parses and links {@code text} as {@code name}; the resource has no syntax check applied. */
	public XtextResource load(String name, String text) {
		XtextResourceSet resourceSet = resourceSets.get();
		String fileName = name.endsWith(".pctopo") ? name : name + ".pctopo";
		XtextResource resource = (XtextResource) resourceSet.createResource(URI.createURI("inmemory:/" + fileName));
		try {
			resource.load(new StringInputStream(text, StandardCharsets.UTF_8.name()), null);
		} catch (IOException e) {
			throw new IllegalStateException(e);
		}
		return resource;
	}

	public XtextResource load(Path file) throws IOException {
		return load(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
	}

	/** Loads a topology file under its {@code file:} URI, so that the pcchat.json beside or above it applies. */
	public XtextResource loadFile(Path file) {
		XtextResourceSet resourceSet = resourceSets.get();
		return (XtextResource) resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().toString()), true);
	}

	public Topology topology(String text) {
		return (Topology) load("test.pctopo", text).getContents().get(0);
	}

	/** Every diagnostic of the resource: syntax, linking and validation, in document order. */
	public List<Issue> issues(XtextResource resource) {
		return issues(resource, CheckMode.ALL);
	}

	/** The diagnostics of a run of only some checks, as an editor runs them while typing. */
	public List<Issue> issues(XtextResource resource, CheckMode mode) {
		List<Issue> issues = validator.validate(resource, mode, CancelIndicator.NullImpl);
		return issues.stream().sorted(Comparator.comparing(Issue::getOffset)).toList();
	}

	public List<Issue> issues(String text) {
		return issues(load("test.pctopo", text));
	}
}
