package org.pcchat.dsl.linking;

import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.pcchat.dsl.validation.ElementKinds;
import org.pcchat.dsl.validation.Rules;
import org.pcchat.dsl.validation.UnreadText;

import com.google.inject.Inject;

/** Unresolved references carry rule ID PC002 and say what kind of element was expected. */
public class PctopoLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private UnreadText unreadText;

	/** Null (no diagnostic) where the name may be declared in, or was taken from, text the parser could not read. */
	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		if (unreadText.hidesUnresolved(context.getContext(), context.getReference(), context.getLinkText())) {
			return null;
		}
		String kind = ElementKinds.describe(context.getReference().getEReferenceType());
		String message = "There is no " + kind + " named '" + context.getLinkText()
				+ "' in this topology; declare it or correct the name";
		return new DiagnosticMessage(message, Severity.ERROR, Rules.UNRESOLVED_REFERENCE,
				context.getLinkText(), kind);
	}
}
