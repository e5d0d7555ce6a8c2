package org.pcchat.dsl.product;

/**
 * How a product supports one SQL Server or Windows Server version: from which service pack of
 * that version (0: any), from which cumulative update of the product (0: any), and with which
 * caveat ({@code null}: none), e.g. a version one Microsoft page lists and another does not.
 */
public record Support(int servicePack, int cumulativeUpdate, String caveat) {

	/** Supported as released, without conditions. */
	public static final Support PLAIN = new Support(0, 0, null);

	public static Support fromServicePack(int servicePack) {
		return new Support(servicePack, 0, null);
	}

	public static Support fromCumulativeUpdate(int cumulativeUpdate) {
		return new Support(0, cumulativeUpdate, null);
	}

	public static Support withCaveat(String caveat) {
		return new Support(0, 0, caveat);
	}

	public Support andCumulativeUpdate(int update) {
		return new Support(servicePack, update, caveat);
	}

	/** Whether a version installed at {@code installedServicePack} (0: none) is too old. */
	public boolean lacksServicePack(int installedServicePack) {
		return installedServicePack < servicePack;
	}

	/** Whether a product at {@code deployedUpdate} (0: none declared) is too old. */
	public boolean lacksCumulativeUpdate(int deployedUpdate) {
		return deployedUpdate < cumulativeUpdate;
	}

	public boolean hasCaveat() {
		return caveat != null;
	}

	/** The version as a choice in a message: {@code SQL2016 sp 1 (from cu 7)}. */
	String describeChoice(String literal) {
		return literal + (servicePack > 0 ? " sp " + servicePack : "")
				+ (cumulativeUpdate > 0 ? " (from cu " + cumulativeUpdate + ")" : "");
	}
}
