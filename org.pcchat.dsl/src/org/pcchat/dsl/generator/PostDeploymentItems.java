package org.pcchat.dsl.generator;

import org.pcchat.dsl.pctopo.PersistentChatPool;

/**
 * What follows deployment, in the order Microsoft's deployment checklist and configuration pages
 * give it: administrators, the policy that enables Persistent Chat (off for everyone by default),
 * options, then per pool categories, rooms, add-ins and, with a compliance database, compliance.
 */
final class PostDeploymentItems {

	private final Deployment deployment;

	PostDeploymentItems(Deployment deployment) {
		this.deployment = deployment;
	}

	void addDeployment(Drafts drafts) {
		drafts.add(deployment.topology, "administrators")
				.because("administrators", "Persistent Chat administrators are members of the CsPersistentChatAdministrator"
						+ " group.")
				.todo("Add the Persistent Chat administrators to the CsPersistentChatAdministrator group (a domain"
						+ " administrator does this)")
				.ifDeployed("Check the members of the CsPersistentChatAdministrator group")
				.run("Add-ADGroupMember -Identity CsPersistentChatAdministrator -Members '<administrator>'")
				.check("Get-ADGroupMember -Identity CsPersistentChatAdministrator");
		drafts.add(deployment.topology, "policy")
				.because("policy", "Persistent Chat is off for every user until a Persistent Chat policy (global, site,"
						+ " pool or user) enables it.")
				.todo("Enable Persistent Chat in the global policy, or in a site or user policy granted to the users who"
						+ " should have it")
				.ifDeployed("Check that a Persistent Chat policy (global, site or user) enables Persistent Chat for the users who"
						+ " should have it")
				.run("Set-CsPersistentChatPolicy -Identity Global -EnablePersistentChat $true",
						"Grant-CsPersistentChatPolicy -Identity '<user>' -PolicyName '<user policy>'  # for a user policy instead")
				.check("Get-CsPersistentChatPolicy | Select-Object Identity, EnablePersistentChat");
		drafts.add(deployment.topology, "options")
				.because("options", "Persistent Chat options (chat history, file size, participant updates) are set"
						+ " globally or per pool.")
				.todo("Set the Persistent Chat options globally, or per pool where a pool differs")
				.ifDeployed("Check the Persistent Chat options, global and per pool")
				.run("Set-CsPersistentChatConfiguration -Identity global -DefaultChatHistory <messages>")
				.check("Get-CsPersistentChatConfiguration");
	}

	void addPool(Drafts drafts, PersistentChatPool pool) {
		String fqdn = Commands.arg(Deployment.fqdn(pool));
		drafts.add(pool, "categories")
				.because("categories", "Every chat room belongs to a category, which sets who may join and create rooms;"
						+ " create categories before rooms.")
				.todo("Create the chat room categories of " + Deployment.fqdn(pool) + ", with their allowed members and"
						+ " creators").ifDeployed("Check the chat room categories of " + Deployment.fqdn(pool))
				.run("New-CsPersistentChatCategory -Name '<category>' -PersistentChatPoolFqdn " + fqdn)
				.check("Get-CsPersistentChatCategory -PersistentChatPoolFqdn " + fqdn);
		drafts.add(pool, "rooms")
				.because("rooms", "Chat rooms are created in a category of a pool.")
				.todo("Create the chat rooms of " + Deployment.fqdn(pool) + " in their categories")
				.ifDeployed("Check the chat rooms of " + Deployment.fqdn(pool))
				.run("New-CsPersistentChatRoom -Name '<room>' -PersistentChatPoolFqdn " + fqdn + " -Category '<category>'")
				.check("Get-CsPersistentChatRoom -PersistentChatPoolFqdn " + fqdn);
		drafts.add(pool, "add-ins")
				.because("add-ins", "Add-ins show a web page in the rooms that use them; they are registered per pool.")
				.todo("Register the add-ins the rooms of " + Deployment.fqdn(pool) + " use, if any")
				.ifDeployed("Check the add-ins of " + Deployment.fqdn(pool))
				.run("New-CsPersistentChatAddin -Name '<add-in>' -PersistentChatPoolFqdn " + fqdn + " -Url '<https URL>'")
				.check("Get-CsPersistentChatAddin -PersistentChatPoolFqdn " + fqdn);
		if (pool.getCompliance() != null && !pool.getCompliance().eIsProxy()) {
			drafts.add(pool, "compliance")
					.because("compliance", "With a compliance database, the compliance service archives chat activity"
							+ " through the adapter its configuration names.")
					.todo("Configure compliance for " + Deployment.fqdn(pool) + ": the adapter and its output folder")
					.ifDeployed("Check the compliance configuration of " + Deployment.fqdn(pool) + ": the adapter and its output folder")
					.run("Set-CsPersistentChatComplianceConfiguration -Identity global -AdapterType '<adapter type>'"
							+ " -AdapterOutputDirectory '<output folder>'")
					.check("Get-CsPersistentChatComplianceConfiguration");
		}
	}
}
