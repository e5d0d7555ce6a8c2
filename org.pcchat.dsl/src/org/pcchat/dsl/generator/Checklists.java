package org.pcchat.dsl.generator;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.pctopo.Topology;

import com.google.inject.Inject;

/**
 * The checklist of a loaded {@code .pctopo} resource in any format: what the Xtext generator
 * writes, and what the command line calls. The resource is validated here, so that every
 * diagnostic (with the configured severities) is flagged on its item.
 */
public class Checklists {

	@Inject
	private IResourceValidator validator;

	@Inject
	private ChecklistBuilder builder;

	/** The checklist of the resource's topology; a resource without one (nothing parsed) is refused. */
	public Checklist checklist(Resource resource, CancelIndicator cancel) {
		return checklist(resource, validator.validate(resource, CheckMode.ALL, cancel));
	}

	/**
	 * The checklist of the resource's topology with its diagnostics as the caller already has them
	 * (the language's validator, {@link CheckMode#ALL}): a command that reports them validates once.
	 */
	public Checklist checklist(Resource resource, List<Issue> issues) {
		return builder.build(topologyOf(resource), issues);
	}

	public Checklist checklist(Resource resource) {
		return checklist(resource, CancelIndicator.NullImpl);
	}

	/** The whole output file in {@code format}. */
	public String render(Resource resource, ChecklistFormat format) {
		return format.render(checklist(resource));
	}

	/** The output as the file holds it: UTF-8 bytes, line ends untouched. */
	public static byte[] bytes(String rendered) {
		return rendered.getBytes(StandardCharsets.UTF_8);
	}

	/** The file name for the resource's checklist in {@code format}, e.g. {@code Contoso.checklist.md}. */
	public String fileName(Resource resource, ChecklistFormat format) {
		return FileNames.checklistFile(topologyOf(resource).getName(), format);
	}

	/** The resource's topology; none means the text did not even start like one. */
	static Topology topologyOf(Resource resource) {
		if (!resource.getContents().isEmpty() && resource.getContents().get(0) instanceof Topology topology) {
			return topology;
		}
		throw new IllegalArgumentException(resource.getURI().lastSegment() + " holds no topology");
	}
}
