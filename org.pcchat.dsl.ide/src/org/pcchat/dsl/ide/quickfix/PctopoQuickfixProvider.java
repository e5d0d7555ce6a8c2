package org.pcchat.dsl.ide.quickfix;

import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.HARDWARE__NICS;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.INSTALLED__ITEMS;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.INSTANCE__ALWAYS_ON;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.OPERATING_SYSTEM__EDITION;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.OPERATING_SYSTEM__SERVICE_PACK;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.OPERATING_SYSTEM__VERSION;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__FQDN;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__PORT;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PERSISTENT_CHAT_POOL__SINGLE;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.SERVER__NAME;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.SERVER__STATE;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.SQL_INSTALLATION__SERVICE_PACK;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.SQL_INSTALLATION__VERSION;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.conversion.IValueConverterService;
import org.eclipse.xtext.ide.editor.quickfix.AbstractDeclarativeIdeQuickfixProvider;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolution;
import org.eclipse.xtext.ide.editor.quickfix.DiagnosticResolutionAcceptor;
import org.eclipse.xtext.ide.editor.quickfix.ITextModification;
import org.eclipse.xtext.ide.editor.quickfix.QuickFix;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2.Options;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.pcchat.dsl.model.OsVersion;
import org.pcchat.dsl.model.SqlVersion;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.Hardware;
import org.pcchat.dsl.pctopo.Installed;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.OperatingSystem;
import org.pcchat.dsl.pctopo.PersistentChatPool;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.Site;
import org.pcchat.dsl.pctopo.SqlInstallation;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.product.ProductProfile;
import org.pcchat.dsl.product.ProductProfiles;
import org.pcchat.dsl.rules.Rules;

import com.google.inject.Inject;

/**
 * The quick fixes of the rule catalogue's rules (those with {@code quickfix = true}), written once
 * against Xtext's IDE API so that the language server and the Eclipse plugin share them. One
 * {@code @QuickFix(Rules.X)} method per fix; it finds the diagnostic it is asked for in
 * {@link #site()}, reads the values the check passed as issue data, and proposes resolutions in
 * order, the most likely first. Each resolution edits only the text it changes.
 */
public class PctopoQuickfixProvider extends AbstractDeclarativeIdeQuickfixProvider {

	private final ThreadLocal<QuickfixSite> site = new ThreadLocal<>();

	@Inject
	private ReferenceCandidates referenceCandidates;

	@Inject
	private EObjectAtOffsetHelper offsets;

	@Inject
	private ProductProfiles profiles;

	@Inject
	private IValueConverterService valueConverters;

	@Override
	public List<DiagnosticResolution> getResolutions(Options options, Diagnostic diagnostic) {
		site.set(new QuickfixSite(options, diagnostic));
		try {
			return super.getResolutions(options, diagnostic);
		} finally {
			site.remove();
		}
	}

	/** The diagnostic being fixed: the declarative API hands fix methods only the acceptor. */
	protected QuickfixSite site() {
		return site.get();
	}

	// PC002 (docs/LANGUAGE.md "File and names"): one resolution per declared name of the expected kind.
	@QuickFix(Rules.UNRESOLVED_REFERENCE)
	public void proposeDeclaredNames(DiagnosticResolutionAcceptor acceptor) {
		for (String name : referenceCandidates.rankedFor(site())) {
			acceptor.accept("Change to '" + name + "'",
					(diagnostic, element, document) -> createTextEdit(diagnostic, name));
		}
	}

	// PC006 (docs/LANGUAGE.md, docs/rules.md#pc006): one resolution per closest known value (data: their literals).
	@QuickFix(Rules.UNKNOWN_VALUE)
	public void changeToKnownValue(DiagnosticResolutionAcceptor acceptor) {
		for (String value : site().data()) {
			acceptor.accept("Change to '" + value + "'", (diagnostic, element, document) -> createTextEdit(diagnostic, value));
		}
	}

	// PC101: a Front End pool in the first site (data: its name), named and addressed apart from the rest.
	@QuickFix(Rules.NO_FRONT_END)
	public void addFrontEndPool(DiagnosticResolutionAcceptor acceptor) {
		Topology topology = elementAt(Topology.class);
		String siteName = first(site().data());
		if (topology != null && siteName != null && siteNamed(topology, siteName) != null) {
			FrontEndSkeleton pool = FrontEndSkeleton.freeIn(topology);
			acceptor.accept("Add Front End pool '" + pool.name() + "' to site '" + siteName + "'",
					edit(Topology.class, (layout, t) -> {
						Site target = siteNamed(t, siteName);
						return target == null ? null : layout.addLast(target, pool.lines(layout.indentUnit(target)));
					}));
		}
	}

	// PC102: one resolution per Front End of the pool's site (data: their names).
	@QuickFix(Rules.NO_NEXT_HOP)
	public void setNextHop(DiagnosticResolutionAcceptor acceptor) {
		for (String frontEnd : site().data()) {
			acceptor.accept("Set nexthop to '" + frontEnd + "'", edit(PersistentChatPool.class,
					(layout, pool) -> layout.addAttribute(pool, LayoutEdits.lastWritten(pool, PERSISTENT_CHAT_POOL__FQDN,
							PERSISTENT_CHAT_POOL__PORT), "nexthop " + frontEnd)));
		}
	}

	// PC201: MSMQ first in the installed list, or a new installed line (data: "MSMQ").
	@QuickFix(Rules.NO_MSMQ)
	public void addMessageQueuing(DiagnosticResolutionAcceptor acceptor) {
		String item = first(site().data());
		if (item != null) {
			acceptor.accept("Add " + item + " to installed", edit(EObject.class, (layout, server) -> {
				// a Persistent Chat server or a Standard Edition server: both have fqdn, os and installed
				EStructuralFeature list = feature(server, "installed");
				if (list == null) {
					return null;
				}
				Installed installed = (Installed) server.eGet(list);
				INode firstItem = installed == null ? null : LayoutEdits.firstNode(installed, INSTALLED__ITEMS);
				return firstItem != null ? layout.insertBefore(firstItem, item + ", ")
						: layout.addAttribute(server, LayoutEdits.lastWritten(server, feature(server, "fqdn"),
								feature(server, "os")), "installed " + item);
			}));
		}
	}

	// PC202: the fifth active server becomes standby (data: its name).
	@QuickFix(Rules.TOO_MANY_ACTIVE_SERVERS)
	public void makeStandby(DiagnosticResolutionAcceptor acceptor) {
		String server = first(site().data());
		if (server != null) {
			acceptor.accept("Make '" + server + "' standby", edit(Server.class, (layout, s) -> {
				INode state = LayoutEdits.node(s, SERVER__STATE);
				return state != null ? layout.replace(state, "standby")
						: layout.insertAfter(LayoutEdits.node(s, SERVER__NAME), " standby");
			}));
		}
	}

	// PC205: the pool is no longer a Single Computer Pool (data: the pool's name).
	@QuickFix(Rules.SINGLE_POOL_WITH_SERVERS)
	public void removeSingle(DiagnosticResolutionAcceptor acceptor) {
		String pool = first(site().data());
		if (pool != null) {
			acceptor.accept("Remove single from pool '" + pool + "'", edit(PersistentChatPool.class,
					(layout, p) -> layout.removeWithBlanksBefore(LayoutEdits.node(p, PERSISTENT_CHAT_POOL__SINGLE))));
		}
	}

	// PC206: the pool's fqdn becomes its computer's (data: that FQDN).
	@QuickFix(Rules.POOL_FQDN_MISMATCH)
	public void setPoolFqdn(DiagnosticResolutionAcceptor acceptor) {
		String fqdn = first(site().data());
		if (fqdn != null) {
			acceptor.accept("Set fqdn to '" + fqdn + "'",
					(diagnostic, element, document) -> createTextEdit(diagnostic, valueConverters.toString(fqdn, "Fqdn")));
		}
	}

	// PC215: the Persistent Chat SIP port (data: "5041"), over the port the diagnostic marks.
	@QuickFix(Rules.PORT_IN_USE)
	public void setDefaultPort(DiagnosticResolutionAcceptor acceptor) {
		replaceMarkedWithData(acceptor, port -> "Set port " + port);
	}

	// PC218: the marked server, copy or witness leaves the collocated pool (data: the feature's name, and the
	// server's name for a server).
	@QuickFix(Rules.RECOVERY_ON_COLLOCATED_POOL)
	public void removeFromCollocatedPool(DiagnosticResolutionAcceptor acceptor) {
		List<String> data = site().data();
		String what = first(data);
		if ("server".equals(what) && data.size() > 1) {
			String name = data.get(1);
			acceptor.accept("Remove server '" + name + "'", edit(PersistentChatPool.class, (layout, pool) -> pool
					.getServers().stream().filter(server -> name.equals(server.getName())).findFirst()
					.map(layout::removeElement).orElse(null)));
		} else if (what != null) {
			acceptor.accept("Remove " + removalLabel(what), edit(PersistentChatPool.class, (layout, pool) -> {
				EStructuralFeature reference = feature(pool, what);
				return reference == null ? null : layout.removeAttribute(LayoutEdits.node(pool, reference));
			}));
		}
	}

	// PC301: one resolution per SQL Server version the product supports (data: their literals).
	@QuickFix(Rules.SQL_VERSION_UNSUPPORTED)
	public void changeSqlVersion(DiagnosticResolutionAcceptor acceptor) {
		SqlInstallation sql = elementAt(SqlInstallation.class);
		if (sql != null) {
			ProductProfile profile = profiles.profileOf(sql);
			String current = Values.sqlVersion(sql).map(SqlVersion::getLiteral).orElse(null);
			for (String literal : currentFirst(site().data(), current)) {
				SqlVersion version = Values.SQL_VERSIONS.find(literal).orElse(null);
				VersionChoice choice = VersionChoice.of(literal, version == null ? null : profile.sql(version).orElse(null));
				acceptor.accept(choice.label(), edits(SqlInstallation.class, (layout, s) -> choice.edits(layout, s,
						SQL_INSTALLATION__VERSION, SQL_INSTALLATION__SERVICE_PACK, null)));
			}
		}
	}

	// PC315: the instance leaves its AlwaysOn availability group; the diagnostic marks the alwayson keyword.
	@QuickFix(Rules.ALWAYS_ON_UNSUPPORTED)
	public void removeAlwaysOn(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Remove alwayson", edit(Instance.class,
				(layout, instance) -> layout.removeWithBlanksBefore(LayoutEdits.node(instance, INSTANCE__ALWAYS_ON))));
	}

	// PC316: the Standard Edition server's RTC instance (data: MACHINE.RTC), over the marked reference.
	@QuickFix(Rules.DATABASE_ON_LOCAL_INSTANCE)
	public void useStandardEditionInstance(DiagnosticResolutionAcceptor acceptor) {
		replaceMarkedWithData(acceptor, instance -> "Change to '" + instance + "'");
	}

	// PC401: one resolution per Windows Server version the product supports (data: their literals).
	@QuickFix(Rules.OS_UNSUPPORTED)
	public void changeOperatingSystem(DiagnosticResolutionAcceptor acceptor) {
		OperatingSystem os = elementAt(OperatingSystem.class);
		if (os != null) {
			ProductProfile profile = profiles.profileOf(os);
			String current = Values.osVersion(os).map(OsVersion::getLiteral).orElse(null);
			for (String literal : currentFirst(site().data(), current)) {
				OsVersion version = Values.OS_VERSIONS.find(literal).orElse(null);
				VersionChoice choice = VersionChoice.of(literal, version == null ? null : profile.os(version).orElse(null));
				acceptor.accept(choice.label(), edits(OperatingSystem.class, (layout, o) -> choice.edits(layout, o,
						OPERATING_SYSTEM__VERSION, OPERATING_SYSTEM__SERVICE_PACK, OPERATING_SYSTEM__EDITION)));
			}
		}
	}

	// PC403: the missing prerequisites at the end of the installed list (data: their literals).
	@QuickFix(Rules.PREREQUISITES_MISSING)
	public void addPrerequisites(DiagnosticResolutionAcceptor acceptor) {
		List<String> missing = site().data();
		if (!missing.isEmpty()) {
			acceptor.accept("Add " + String.join(", ", missing) + " to installed", edit(Installed.class,
					(layout, installed) -> layout.insertAfter(LayoutEdits.node(installed, INSTALLED__ITEMS),
							", " + String.join(", ", missing))));
		}
	}

	// PC404: the Windows update at the end of the installed list (data: its KB ID).
	@QuickFix(Rules.HOTFIX_MISSING)
	public void addHotfix(DiagnosticResolutionAcceptor acceptor) {
		String hotfix = first(site().data());
		if (hotfix != null) {
			acceptor.accept("Add " + hotfix + " to installed", edit(Installed.class,
					(layout, installed) -> layout.insertAfter(LayoutEdits.node(installed, INSTALLED__ITEMS), ", " + hotfix)));
		}
	}

	// PC502 (hardware platforms page): team the adapters, or use one; the diagnostic marks the nics value.
	@QuickFix(Rules.MULTI_HOMED)
	public void teamOrSingleAdapter(DiagnosticResolutionAcceptor acceptor) {
		acceptor.accept("Add teamed (one MAC and IP address for the adapters)", edit(Hardware.class,
				(layout, hardware) -> {
					INode nics = LayoutEdits.node(hardware, HARDWARE__NICS);
					return nics == null ? null : layout.insertAfter(nics, " teamed");
				}));
		acceptor.accept("Set nics 1", (diagnostic, element, document) -> createTextEdit(diagnostic, "1"));
	}

	// PC602: one resolution per issuer of the Front End certificates (data: their names).
	@QuickFix(Rules.CERTIFICATE_ISSUER)
	public void useFrontEndIssuer(DiagnosticResolutionAcceptor acceptor) {
		for (String issuer : site().data()) {
			acceptor.accept("Change issuer to '" + issuer + "'",
					(diagnostic, element, document) -> createTextEdit(diagnostic, issuer));
		}
	}

	// PC605: the recommended key size (data: "2048"), over the keysize value the diagnostic marks.
	@QuickFix(Rules.CERTIFICATE_KEY_SIZE)
	public void setRecommendedKeySize(DiagnosticResolutionAcceptor acceptor) {
		replaceMarkedWithData(acceptor, size -> "Set keysize " + size);
	}

	/** A fix that writes the first data value over the marked text, e.g. a number. */
	private void replaceMarkedWithData(DiagnosticResolutionAcceptor acceptor, Function<String, String> label) {
		String value = first(site().data());
		if (value != null) {
			acceptor.accept(label.apply(value), (diagnostic, element, document) -> createTextEdit(diagnostic, value));
		}
	}

	/** The element the diagnostic marks, or its container of the given type; null when there is none. */
	private <T extends EObject> T elementAt(Class<T> type) {
		EObject element = offsets.resolveContainedElementAt(site().resource(), site().offset());
		return EcoreUtil2.getContainerOfType(element, type);
	}

	/** A text modification of the element the diagnostic marks (or its container of the given type). */
	private static <T extends EObject> ITextModification edit(Class<T> type, ElementEdit<T> edit) {
		return edits(type, (layout, element) -> Collections.singletonList(edit.apply(layout, element)));
	}

	/**
	 * Text modifications of the element the diagnostic marks, computed when the fix is applied. None
	 * when the text no longer has what the diagnostic reported (a null edit), e.g. after further typing.
	 */
	private static <T extends EObject> ITextModification edits(Class<T> type, ElementEdits<T> edits) {
		return (diagnostic, element, document) -> {
			T target = EcoreUtil2.getContainerOfType(element, type);
			List<TextEdit> result = target == null ? List.of() : edits.apply(new LayoutEdits(document), target);
			return result.stream().anyMatch(Objects::isNull) ? List.of() : result;
		};
	}

	@FunctionalInterface
	private interface ElementEdit<T> {
		TextEdit apply(LayoutEdits layout, T element);
	}

	@FunctionalInterface
	private interface ElementEdits<T> {
		List<TextEdit> apply(LayoutEdits layout, T element);
	}

	private static EStructuralFeature feature(EObject element, String name) {
		return element.eClass().getEStructuralFeature(name);
	}

	/** "backup", "complianceMirror" as a user reads them: "the backup", "the compliance mirror". */
	private static String removalLabel(String feature) {
		return switch (feature) {
		case "complianceMirror" -> "the compliance database's mirror";
		case "complianceBackup" -> "the compliance database's backup";
		default -> "the " + feature;
		};
	}

	private static Site siteNamed(Topology topology, String name) {
		return topology.getSites().stream().filter(s -> name.equals(s.getName())).findFirst().orElse(null);
	}

	private static String first(List<String> data) {
		return data.isEmpty() ? null : data.get(0);
	}

	/** The choices with the one already written first: then only its service pack is lacking. */
	private static List<String> currentFirst(List<String> choices, String current) {
		List<String> ordered = new ArrayList<>(choices);
		if (ordered.remove(current)) {
			ordered.add(0, current);
		}
		return ordered;
	}
}
