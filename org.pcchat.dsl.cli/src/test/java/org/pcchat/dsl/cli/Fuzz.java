package org.pcchat.dsl.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * A fuzz property: {@link #inputs()} inputs from a fixed seed in every build, each one bounded in
 * time ({@link FuzzBudget}); {@code -Dfuzz.scale=N} runs N times as many, {@code -Dfuzz.seed=S}
 * other ones.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Property(seed = FuzzBudget.SEED, shrinking = ShrinkingMode.BOUNDED)
@AddLifecycleHook(FuzzBudget.class)
@interface Fuzz {

	/** The number of inputs in a build with the default scale. */
	int inputs();
}
