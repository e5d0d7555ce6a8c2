package org.pcchat.dsl.cli.importer;

/** What both formats write the same way inside a Service element: ports and role settings. */
final class ServiceElements {

	private ServiceElements() {
	}

	/** The Persistent Chat SIP port: the Port its PersistentChat component uses for SipServer. */
	static Integer chatPort(XmlElement service) {
		for (XmlElement port : service.children("Ports", "Port")) {
			String owner = port.attribute("Owner");
			boolean chat = owner != null && owner.toLowerCase().contains("persistentchat");
			if (chat && "SipServer".equalsIgnoreCase(port.attribute("Usage"))) {
				return number(port.attribute("Port"));
			}
		}
		return null;
	}

	static String shareName(XmlElement service) {
		XmlElement fileStore = service.child("FileStoreService");
		return fileStore == null ? null : fileStore.attribute("ShareName");
	}

	static boolean director(XmlElement service) {
		XmlElement registrar = service.child("RegistrarService");
		return registrar != null && registrar.flag("IsDirector");
	}

	static Integer number(String text) {
		if (text == null || !text.matches("\\d{1,9}")) {
			return null;
		}
		return Integer.valueOf(text);
	}

	static Boolean optionalFlag(XmlElement element, String attribute) {
		String value = element.attribute(attribute);
		return value == null ? null : Boolean.valueOf("true".equalsIgnoreCase(value));
	}
}
