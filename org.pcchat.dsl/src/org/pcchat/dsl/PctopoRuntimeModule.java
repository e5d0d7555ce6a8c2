package org.pcchat.dsl;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.pcchat.dsl.conversion.PctopoValueConverters;
import org.pcchat.dsl.linking.PctopoLinkingDiagnosticMessageProvider;
import org.pcchat.dsl.naming.PctopoQualifiedNameProvider;
import org.pcchat.dsl.parser.PctopoSyntaxErrorMessageProvider;
import org.pcchat.dsl.validation.PctopoDiagnostician;

/** Runtime services of the .pctopo language, shared by every front end. */
public class PctopoRuntimeModule extends AbstractPctopoRuntimeModule {

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return PctopoQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PctopoValueConverters.class;
	}

	public Class<? extends ISyntaxErrorMessageProvider> bindISyntaxErrorMessageProvider() {
		return PctopoSyntaxErrorMessageProvider.class;
	}

	public Class<? extends ILinkingDiagnosticMessageProvider> bindILinkingDiagnosticMessageProvider() {
		return PctopoLinkingDiagnosticMessageProvider.class;
	}

	@Override
	public Class<? extends Diagnostician> bindDiagnostician() {
		return PctopoDiagnostician.class;
	}
}
