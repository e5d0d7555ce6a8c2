package org.pcchat.dsl.tests.validation;

import org.eclipse.xtext.service.SingletonBinding;
import org.eclipse.xtext.validation.ComposedChecks;
import org.pcchat.dsl.PctopoRuntimeModule;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.validation.PctopoValidator;

/** The language with {@link TwoLevelTestRule} added to its checks. */
public class TwoLevelRuleInjectorProvider extends PctopoInjectorProvider {

	/** The language's validator plus the test-only rule. */
	@ComposedChecks(validators = TwoLevelTestRule.class)
	public static class ValidatorWithTestRule extends PctopoValidator {
	}

	@Override
	protected PctopoRuntimeModule createRuntimeModule() {
		return new PctopoRuntimeModule() {
			@Override
			public ClassLoader bindClassLoaderToInstance() {
				return TwoLevelRuleInjectorProvider.class.getClassLoader();
			}

			@Override
			@SingletonBinding(eager = true)
			public Class<? extends PctopoValidator> bindPctopoValidator() {
				return ValidatorWithTestRule.class;
			}
		};
	}
}
