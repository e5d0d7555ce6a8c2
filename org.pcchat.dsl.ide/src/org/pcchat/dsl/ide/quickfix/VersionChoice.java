package org.pcchat.dsl.ide.quickfix;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.pcchat.dsl.product.Support;

/**
 * A supported SQL Server or Windows Server version that PC301's or PC401's fix changes to, with the
 * service pack the product needs of it (0: any) and the product's cumulative update it needs (0: any).
 */
record VersionChoice(String literal, int servicePack, int cumulativeUpdate) {

	static VersionChoice of(String literal, Support support) {
		return support == null ? new VersionChoice(literal, 0, 0)
				: new VersionChoice(literal, support.servicePack(), support.cumulativeUpdate());
	}

	String label() {
		return "Change to '" + literal + (servicePack > 0 ? " sp " + servicePack : "") + "'"
				+ (cumulativeUpdate > 0 ? " (needs product cu " + cumulativeUpdate + ")" : "");
	}

	/**
	 * The edits that write this version on {@code owner}: the version literal unless it is written
	 * already, and the service pack when the one written is lower than this version needs. A missing
	 * {@code sp N} goes right after {@code spAfter} when it is written (the OS edition), else after the
	 * version.
	 */
	List<TextEdit> edits(LayoutEdits layout, EObject owner, EAttribute version, EAttribute servicePackFeature,
			EAttribute spAfter) {
		INode versionNode = LayoutEdits.node(owner, version);
		INode servicePackNode = LayoutEdits.node(owner, servicePackFeature);
		if (versionNode == null) {
			return List.of(); // the text no longer has what the diagnostic reported
		}
		int written = servicePackNode == null ? 0 : (Integer) owner.eGet(servicePackFeature);
		boolean changesVersion = !literal.equals(NodeModelUtils.getTokenText(versionNode));
		boolean raisesServicePack = servicePack > written;
		INode anchor = spAfter == null ? null : LayoutEdits.node(owner, spAfter);
		String sp = " sp " + servicePack;
		if (raisesServicePack && servicePackNode == null && anchor == null) { // sp right after the version: one edit
			return Collections.singletonList(
					changesVersion ? layout.replace(versionNode, literal + sp) : layout.insertAfter(versionNode, sp));
		}
		List<TextEdit> edits = new ArrayList<>();
		if (changesVersion) {
			edits.add(layout.replace(versionNode, literal));
		}
		if (raisesServicePack) {
			// sp1 is one token, the number of sp 1 one of two
			boolean joined = servicePackNode != null && !NodeModelUtils.getTokenText(servicePackNode).chars()
					.allMatch(Character::isDigit);
			edits.add(servicePackNode == null ? layout.insertAfter(anchor, sp)
					: layout.replace(servicePackNode, joined ? sp.strip() : String.valueOf(servicePack)));
		}
		return edits;
	}
}
