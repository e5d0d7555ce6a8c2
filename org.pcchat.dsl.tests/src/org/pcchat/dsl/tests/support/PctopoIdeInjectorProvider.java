package org.pcchat.dsl.tests.support;

import org.eclipse.xtext.util.Modules2;
import org.pcchat.dsl.PctopoStandaloneSetup;
import org.pcchat.dsl.ide.PctopoIdeModule;
import org.pcchat.dsl.tests.PctopoInjectorProvider;

import com.google.inject.Guice;
import com.google.inject.Injector;

/** The language with its editor services (quick fixes, code actions), as the language server runs it. */
public class PctopoIdeInjectorProvider extends PctopoInjectorProvider {

	@Override
	protected Injector internalCreateInjector() {
		return new PctopoStandaloneSetup() {
			@Override
			public Injector createInjector() {
				return Guice.createInjector(Modules2.mixin(createRuntimeModule(), new PctopoIdeModule()));
			}
		}.createInjectorAndDoEMFRegistration();
	}
}
