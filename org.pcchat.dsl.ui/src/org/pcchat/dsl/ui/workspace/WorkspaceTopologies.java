package org.pcchat.dsl.ui.workspace;

import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.ui.PctopoUi;

import com.google.inject.Inject;
import com.google.inject.Provider;

/**
 * Workspace files as the language runtime sees them: the text of a {@code .pctopo} file parsed
 * under its {@code platform:/resource} URI (which the runtime resolves to the file on disk, so
 * the {@code pcchat.json} beside or above it applies), each in a resource set of its own.
 */
public class WorkspaceTopologies {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	@Inject
	private Provider<XtextResourceSet> resourceSets;

	@Inject
	private IResourceValidator validator;

	/** The instance of the plug-in's shared injector. */
	public static WorkspaceTopologies get() {
		return PctopoUi.injector().getInstance(WorkspaceTopologies.class);
	}

	public static URI uriOf(IFile file) {
		return URI.createPlatformResourceURI(file.getFullPath().toString(), true);
	}

	/** The saved content of {@code file}, parsed and linked. */
	public XtextResource load(IFile file) throws CoreException {
		return load(file, read(file));
	}

	/** {@code text} (e.g. an editor's unsaved document) parsed and linked as the content of {@code file}. */
	public XtextResource load(IFile file, String text) throws CoreException {
		XtextResourceSet resourceSet = resourceSets.get();
		XtextResource resource = (XtextResource) resourceSet.createResource(uriOf(file));
		try {
			resource.load(new LazyStringInputStream(text, StandardCharsets.UTF_8.name()),
					Map.of(XtextResource.OPTION_ENCODING, StandardCharsets.UTF_8.name()));
		} catch (IOException e) {
			throw new CoreException(Status.error(file.getFullPath() + " cannot be parsed: " + e.getMessage(), e));
		}
		return resource;
	}

	/** Every diagnostic of the resource: syntax, linking and all checks, with pcchat.json's levels. */
	public List<Issue> validate(XtextResource resource, CancelIndicator cancel) {
		return validator.validate(resource, CheckMode.ALL, cancel);
	}

	/**
	 * The file's text as an editor shows it: decoded with the file's charset, without a byte order
	 * mark, so that offsets in the text are offsets in the editor's document.
	 */
	public static String read(IFile file) throws CoreException {
		String text;
		try {
			text = new String(file.readAllBytes(), file.getCharset());
		} catch (UnsupportedEncodingException e) {
			throw new CoreException(new Status(IStatus.ERROR, PctopoUi.BUNDLE_ID,
					file.getFullPath() + " has an unknown charset: " + e.getMessage(), e));
		}
		return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
	}
}
