package org.pcchat.dsl.formatting2;

import java.math.BigDecimal;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.ITextReplacerContext;
import org.eclipse.xtext.formatting2.ITextReplacer;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.formatting2.regionaccess.ITextSegment;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionExtensions;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.Hardware;
import org.pcchat.dsl.pctopo.PctopoPackage.Literals;

/**
 * The canonical spelling of what users may write several ways (docs/LANGUAGE.md): values
 * as the language lists them ({@code sql2012} becomes {@code SQL2012}, {@code kb2982006} {@code
 * KB2982006}), service packs as {@code sp N} ({@code SP1}, {@code SP 1}), units apart from their number
 * ({@code 64GB} becomes {@code 64 GB}). Unknown values are left as written (rule PC006 reports them).
 */
final class CanonicalSpelling {

	private CanonicalSpelling() {
	}

	static void apply(EObject element, ITextRegionExtensions regions, IFormattableDocument document) {
		for (EStructuralFeature feature : element.eClass().getEAllStructuralFeatures()) {
			if (feature instanceof EAttribute attribute && Values.vocabularyOf(attribute) != null) {
				for (ISemanticRegion region : regions.regionFor(element).features(attribute)) {
					String canonical = Values.canonical(attribute, region.getText().replace("^", ""));
					replace(document, region, canonical);
				}
			}
		}
		EStructuralFeature servicePack = element.eClass().getEStructuralFeature("servicePack");
		if (servicePack != null) {
			for (ISemanticRegion keyword : regions.regionFor(element).keywords("SP", "Sp", "sP")) {
				replace(document, keyword, "sp");
			}
			for (ISemanticRegion joined : regions.regionFor(element).features(servicePack)) {
				if (!joined.getText().chars().allMatch(Character::isDigit)) {
					replace(document, joined, "sp " + element.eGet(servicePack));
				}
			}
		}
		if (element instanceof Hardware hardware) {
			unitApart(regions, document, hardware, Literals.HARDWARE__CLOCK, "GHz");
			unitApart(regions, document, hardware, Literals.HARDWARE__MEMORY, "GB");
			unitApart(regions, document, hardware, Literals.HARDWARE__NETWORK, "Gbps");
		}
	}

	/** 2.26GHz, 64GB and 10Gbps are one region each; 2.26 GHz is two (the number and the unit keyword). */
	private static void unitApart(ITextRegionExtensions regions, IFormattableDocument document, Hardware hardware,
			EAttribute attribute, String unit) {
		Object value = hardware.eGet(attribute);
		for (ISemanticRegion region : regions.regionFor(hardware).features(attribute)) {
			if (value != null && Character.isLetter(region.getText().charAt(region.getText().length() - 1))) {
				String number = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
				replace(document, region, number + " " + unit);
			}
		}
	}

	private static void replace(IFormattableDocument document, ISemanticRegion region, String text) {
		if (text == null || text.equals(region.getText())) {
			return;
		}
		document.addReplacer(new ITextReplacer() {
			@Override
			public ITextSegment getRegion() {
				return region;
			}

			@Override
			public ITextReplacerContext createReplacements(ITextReplacerContext context) {
				context.addReplacement(region.replaceWith(text));
				return context;
			}
		});
	}
}
