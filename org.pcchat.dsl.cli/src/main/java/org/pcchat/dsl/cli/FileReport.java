package org.pcchat.dsl.cli;

import java.util.List;

/** The diagnostics of one checked file, in position order; the names are the JSON report's. */
record FileReport(String path, List<Finding> diagnostics) {
}
