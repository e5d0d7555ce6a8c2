package org.pcchat.dsl.linking;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.pcchat.dsl.validation.ElementKinds;
import org.pcchat.dsl.validation.Rules;

/** Unresolved references carry rule ID PC002 and say what kind of element was expected. */
public class PctopoLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		String kind = ElementKinds.describe(context.getReference().getEReferenceType());
		String message = "There is no " + kind + " named '" + context.getLinkText()
				+ "' in this topology; declare it or correct the name";
		return new DiagnosticMessage(message, Severity.ERROR, Rules.UNRESOLVED_REFERENCE,
				context.getLinkText(), kind);
	}
}
