package org.pcchat.dsl;

import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.formatting2.FormatterPreferenceValuesProvider;
import org.eclipse.xtext.formatting2.FormatterPreferences;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.generator.IGenerator2;
import org.eclipse.xtext.preferences.IPreferenceValuesProvider;
import org.eclipse.xtext.linking.ILinkingDiagnosticMessageProvider;
import org.eclipse.xtext.naming.IQualifiedNameProvider;
import org.eclipse.xtext.parser.IParser;
import org.eclipse.xtext.parser.antlr.ISyntaxErrorMessageProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.eclipse.xtext.parser.antlr.LexerBindings;
import org.eclipse.xtext.validation.IResourceValidator;
import org.pcchat.dsl.conversion.PctopoValueConverters;
import org.pcchat.dsl.formatting2.PctopoFormatter;
import org.pcchat.dsl.generator.PctopoGenerator;
import org.pcchat.dsl.linking.PctopoLinkingDiagnosticMessageProvider;
import org.pcchat.dsl.naming.PctopoQualifiedNameProvider;
import org.pcchat.dsl.parser.PctopoLexer;
import org.pcchat.dsl.parser.PctopoStreamingParser;
import org.pcchat.dsl.parser.PctopoSyntaxErrorMessageProvider;
import org.pcchat.dsl.validation.PctopoDiagnostician;
import org.pcchat.dsl.validation.PctopoResourceValidator;

import com.google.inject.Binder;
import com.google.inject.name.Names;

/** Runtime services of the .pctopo language, shared by every front end. */
public class PctopoRuntimeModule extends AbstractPctopoRuntimeModule {

	/** Parses 100,000 servers in a 1 GiB heap: the text held once, tokens dropped once parsed. */
	@Override
	public Class<? extends IParser> bindIParser() {
		return PctopoStreamingParser.class;
	}

	/** Says what text it cannot read in the words of the language. */
	@Override
	public Class<? extends Lexer> bindLexer() {
		return PctopoLexer.class;
	}

	@Override
	public void configureRuntimeLexer(Binder binder) {
		binder.bind(Lexer.class).annotatedWith(Names.named(LexerBindings.RUNTIME)).to(PctopoLexer.class);
	}

	@Override
	public Class<? extends IQualifiedNameProvider> bindIQualifiedNameProvider() {
		return PctopoQualifiedNameProvider.class;
	}

	@Override
	public Class<? extends IValueConverterService> bindIValueConverterService() {
		return PctopoValueConverters.class;
	}

	public Class<? extends IFormatter2> bindIFormatter2() {
		return PctopoFormatter.class;
	}

	public void configureFormatterPreferences(Binder binder) {
		binder.bind(IPreferenceValuesProvider.class).annotatedWith(FormatterPreferences.class)
				.to(FormatterPreferenceValuesProvider.class);
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

	public Class<? extends IResourceValidator> bindIResourceValidator() {
		return PctopoResourceValidator.class;
	}

	/** The deployment checklist, written by builders and the Maven plugin
	 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-deployment-checklist-for-persistent-chat-server). */
	public Class<? extends IGenerator2> bindIGenerator2() {
		return PctopoGenerator.class;
	}
}
