package org.pcchat.dsl.tests.validation;

import static org.pcchat.dsl.tests.support.TopologyText.chatPool;
import static org.pcchat.dsl.tests.support.TopologyText.withFrontEnd;

import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Diagnostics;

import com.google.inject.Inject;

/** PC209, PC210: 20,000 users per active server, 80,000 across the deployment. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class PoolCapacityTest {

	@Inject
	private Diagnostics diagnostics;

	/** Pool {@code name} with {@code users} (written as given) and these servers. */
	private static String pool(String name, String users, String servers) {
		return chatPool("users " + users + "\n" + servers).replace("pool PC", "pool " + name)
				.replace("pc.t.local", name.toLowerCase() + ".t.local");
	}

	@Test
	void usersAbove20000PerActiveServerAreReportedOnTheValue() {
		diagnostics.assertReportedOnceAt(Rules.POOL_USERS_OVER_CAPACITY,
				withFrontEnd(pool("PC", "«20001»", "server pc1 { }")));
		diagnostics.assertReportedOnceAt(Rules.POOL_USERS_OVER_CAPACITY,
				withFrontEnd(pool("PC", "«80001»", "server pc1 { } server pc2 { } server pc3 { } server pc4 { }")));
	}

	@Test
	void exactly20000PerActiveServerIsFine() {
		diagnostics.assertNotReported(Rules.POOL_USERS_OVER_CAPACITY, withFrontEnd(pool("PC", "20000", "server pc1 { }")));
		diagnostics.assertNotReported(Rules.POOL_USERS_OVER_CAPACITY,
				withFrontEnd(pool("PC", "80000", "server pc1 { } server pc2 { } server pc3 { } server pc4 { }")));
	}

	@Test
	void standbyServersAddNoCapacity() {
		diagnostics.assertReportedOnceAt(Rules.POOL_USERS_OVER_CAPACITY,
				withFrontEnd(pool("PC", "«20001»", "server pc1 { } server pc2 standby { }")));
	}

	@Test
	void collocatedPoolServesOnItsStandardEditionServer() {
		String standardEdition = "frontend standard SE { fqdn \"se.t.local\" }";
		diagnostics.assertNotReported(Rules.POOL_USERS_OVER_CAPACITY,
				withFrontEnd(standardEdition, chatPool("on SE", "users 20000")));
		diagnostics.assertReportedOnceAt(Rules.POOL_USERS_OVER_CAPACITY,
				withFrontEnd(standardEdition, chatPool("on SE", "users «20001»")));
	}

	@Test
	void absentUsersAreUnknown() {
		diagnostics.assertNotReported(Rules.POOL_USERS_OVER_CAPACITY, withFrontEnd(chatPool("server pc1 standby { }")));
	}

	@Test
	void poolWhoseUsersCrossTheDeploymentLimitIsReported() {
		String four = "server %1$s1 { } server %1$s2 { } server %1$s3 { } server %1$s4 { }";
		diagnostics.assertReportedOnceAt(Rules.DEPLOYMENT_USERS_OVER_CAPACITY, withFrontEnd(
				pool("P1", "50000", four.formatted("a")),
				pool("P2", "«30001»", four.formatted("b")),
				pool("P3", "10000", four.formatted("c"))));
	}

	@Test
	void exactly80000AcrossPoolsIsFine() {
		String four = "server %1$s1 { } server %1$s2 { } server %1$s3 { } server %1$s4 { }";
		diagnostics.assertNotReported(Rules.DEPLOYMENT_USERS_OVER_CAPACITY, withFrontEnd(
				pool("P1", "50000", four.formatted("a")),
				chatPool("server b1 { }").replace("pool PC", "pool P2").replace("pc.t.local", "p2.t.local"),
				pool("P3", "30000", four.formatted("c"))));
	}
}
