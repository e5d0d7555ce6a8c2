package org.pcchat.dsl.ui;

import org.eclipse.xtext.ide.LexerIdeBindings;
import org.eclipse.xtext.ide.editor.syntaxcoloring.AbstractAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.ide.editor.syntaxcoloring.DefaultAntlrTokenToAttributeIdMapper;
import org.eclipse.xtext.parser.antlr.AntlrTokenDefProvider;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.Lexer;
import org.pcchat.dsl.parser.antlr.internal.InternalPctopoLexer;

import com.google.inject.AbstractModule;
import com.google.inject.name.Names;

/**
 * The highlighting bindings that Xtext's generated UI module would contribute; org.eclipse.xtext.ui
 * is not used, so the editor adds them on top of the ide injector.
 */
final class PctopoEditorModule extends AbstractModule {

	@Override
	protected void configure() {
		bind(Lexer.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING)).to(InternalPctopoLexer.class);
		bind(ITokenDefProvider.class).annotatedWith(Names.named(LexerIdeBindings.HIGHLIGHTING))
				.to(AntlrTokenDefProvider.class);
		bind(AbstractAntlrTokenToAttributeIdMapper.class).to(DefaultAntlrTokenToAttributeIdMapper.class);
	}
}
