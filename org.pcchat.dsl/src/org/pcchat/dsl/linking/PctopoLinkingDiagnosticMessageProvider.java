package org.pcchat.dsl.linking;

import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.diagnostics.DiagnosticMessage;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.linking.impl.LinkingDiagnosticMessageProvider;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.parser.Tokens;
import org.pcchat.dsl.pctopo.Instance;
import org.pcchat.dsl.pctopo.InstanceHost;
import org.pcchat.dsl.pctopo.PctopoPackage;
import org.pcchat.dsl.rules.Rules;
import org.pcchat.dsl.validation.UnreadText;

import com.google.inject.Inject;

/**
 * Unresolved references carry rule ID PC002 and say what they found and what is needed: an element
 * of another kind ("'fe01' is a Front End server; `nexthop` needs a Front End pool or a Standard
 * Edition server"), a machine without that instance, or no element of that name.
 */
public class PctopoLinkingDiagnosticMessageProvider extends LinkingDiagnosticMessageProvider {

	@Inject
	private UnreadText unreadText;

	@Inject
	private DeclaredNames declaredNames;

	/** Null (no diagnostic) where the name may be declared in, or was taken from, text the parser could not read. */
	@Override
	public DiagnosticMessage getUnresolvedProxyMessage(ILinkingDiagnosticContext context) {
		EObject source = context.getContext();
		EReference reference = context.getReference();
		String name = context.getLinkText();
		if (unreadText.hidesUnresolved(source, reference, name)) {
			return null;
		}
		String kind = ElementKinds.describe(reference.getEReferenceType());
		return new DiagnosticMessage(message(source, reference, name), Severity.ERROR, Rules.UNRESOLVED_REFERENCE,
				name, kind);
	}

	private String message(EObject source, EReference reference, String name) {
		EClass type = reference.getEReferenceType();
		List<EObject> found = source.eResource() == null ? List.of() : declaredNames.named(source.eResource(), name);
		if (found.stream().noneMatch(type::isInstance)) {
			String needs = keywordOf(source, reference) + " needs " + ElementKinds.needed(type);
			if (!found.isEmpty()) {
				return "'" + name + "' is " + ElementKinds.article(ElementKinds.kindOf(found.get(0))) + "; " + needs
						+ example(found.get(0), type);
			}
			int dot = name.lastIndexOf('.');
			String machineName = dot > 0 ? name.substring(0, dot).strip() : null;
			String instanceName = name.substring(dot + 1).strip();
			List<EObject> machines = machineName == null ? List.of() : declaredNames.named(source.eResource(), machineName);
			if (!machines.isEmpty()) {
				EObject machine = machines.get(0);
				return machine instanceof InstanceHost
						? ElementKinds.label(machine) + " has no instance '" + instanceName + "'; declare it with instance "
								+ instanceName + " or correct the name"
						: "'" + machineName + "' is " + ElementKinds.article(ElementKinds.kindOf(machine))
								+ ", which has no SQL instances; " + needs + " of an SQL server or a Standard Edition server";
			}
			List<EObject> instances = machineName == null && type == PctopoPackage.Literals.INSTANCE
					? declaredNames.instances(source.eResource(), name) : List.of();
			if (!instances.isEmpty()) {
				return "'" + name + "' is an instance name; " + needs + " written MACHINE.INSTANCE, such as "
						+ ElementKinds.qualifiedName(instances.get(0));
			}
		}
		return "There is no " + ElementKinds.describe(type) + " named '" + name
				+ "' in this topology; declare it or correct the name";
	}

	/** {@code `nexthop`}: the keyword the reference follows, or else the attribute's name. */
	private static String keywordOf(EObject source, EReference reference) {
		List<INode> nodes = NodeModelUtils.findNodesForFeature(source, reference);
		ILeafNode before = nodes.isEmpty() ? null : Tokens.before(nodes.get(0));
		return "`" + (before != null && before.getGrammarElement() instanceof Keyword keyword ? keyword.getValue()
				: reference.getName()) + "`";
	}

	/** ", written MACHINE.INSTANCE such as SQLPC.MGC" for a machine with instances named where an instance is needed. */
	private static String example(EObject found, EClass type) {
		if (found instanceof InstanceHost host && type == PctopoPackage.Literals.INSTANCE) {
			return host.eContents().stream().filter(Instance.class::isInstance).findFirst()
					.map(instance -> ", written MACHINE.INSTANCE such as " + ElementKinds.qualifiedName(instance))
					.orElse("");
		}
		return "";
	}
}
