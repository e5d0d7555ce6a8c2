package org.pcchat.dsl.model;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hotfixes in an {@code installed} list, by their Knowledge Base article ID: {@code KB2982006}, in any
 * case. Skype for Business Server 2015 needs KB2858668 on Windows Server 2012,
 * KB2982006 on 2012 R2 and KB2533623 on 2008 R2
 * (https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/server-requirements).
 */
public final class Hotfixes {

	private static final Pattern HOTFIX = Pattern.compile("(?i)KB\\d+");

	private Hotfixes() {
	}

	public static boolean isHotfix(String item) {
		return item != null && HOTFIX.matcher(item).matches();
	}

	/** {@code kb2982006} as it is written canonically, {@code KB2982006}; null for anything else. */
	public static String canonical(String item) {
		return isHotfix(item) ? item.toUpperCase(Locale.ROOT) : null;
	}
}
