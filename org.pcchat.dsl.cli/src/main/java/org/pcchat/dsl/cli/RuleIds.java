package org.pcchat.dsl.cli;

import java.util.Map;

import org.eclipse.xtext.diagnostics.Diagnostic;
import org.eclipse.xtext.validation.Issue;

/** The rule ID of an issue: the language reports it as the issue code. */
final class RuleIds {

  // Until org.pcchat.dsl gives syntax and linking errors their rule IDs as codes, Xtext reports them
  // with its own codes. Delete this map when it does.
  private static final Map<String, String> XTEXT_CODES = Map.of(
      Diagnostic.SYNTAX_DIAGNOSTIC, "PC001",
      Diagnostic.LINKING_DIAGNOSTIC, "PC002");

  private RuleIds() {
  }

  /** The rule ID, or null for an issue without a code. */
  static String of(Issue issue) {
    String code = issue.getCode();
    return code == null ? null : XTEXT_CODES.getOrDefault(code, code);
  }
}
