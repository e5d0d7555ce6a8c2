package org.pcchat.dsl.cli;

import com.google.gson.annotations.SerializedName;

/** Severities as printed: the words compilers use, so that editors and CI parsers recognise them. */
enum Severity {
  @SerializedName("error") ERROR("error"),
  @SerializedName("warning") WARNING("warning"),
  @SerializedName("info") INFO("info");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  String label() {
    return label;
  }
}
