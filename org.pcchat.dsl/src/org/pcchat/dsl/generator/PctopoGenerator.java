package org.pcchat.dsl.generator;

import java.io.ByteArrayInputStream;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.generator.AbstractGenerator;
import org.eclipse.xtext.generator.IFileSystemAccess2;
import org.eclipse.xtext.generator.IGeneratorContext;
import org.eclipse.xtext.util.CancelIndicator;
import org.pcchat.dsl.pctopo.Topology;

import com.google.inject.Inject;

/**
 * Writes the deployment checklist of a topology in every format ({@code Contoso.checklist.md},
 * {@code .html}, {@code .json}, {@code .csv}) when Xtext builders or the xtext-maven-plugin run
 * the language's generator. Files are written as bytes so that no line-end post-processing
 * changes them: CSV keeps its CRLF, and each run gives the same bytes.
 */
public class PctopoGenerator extends AbstractGenerator {

	@Inject
	private Checklists checklists;

	@Override
	public void doGenerate(Resource input, IFileSystemAccess2 fsa, IGeneratorContext context) {
		if (input.getContents().isEmpty() || !(input.getContents().get(0) instanceof Topology topology)) {
			return; // nothing parsed: the syntax errors are the user's next step, not a checklist
		}
		// a context made without one (as tests and some callers do) has no cancel indicator
		CancelIndicator cancel = context.getCancelIndicator() == null ? CancelIndicator.NullImpl
				: context.getCancelIndicator();
		Checklist checklist = checklists.checklist(input, cancel);
		for (ChecklistFormat format : ChecklistFormat.values()) {
			if (cancel.isCanceled()) {
				return;
			}
			byte[] content = Checklists.bytes(format.render(checklist));
			fsa.generateFile(FileNames.checklistFile(topology.getName(), format), new ByteArrayInputStream(content));
		}
	}
}
