/**
 * The command line (picocli), thin over the core: {@code validate}, {@code simulate}. Commands
 * return exit codes (0 success, 2 invalid input, 1 unexpected failure); only {@code app.Launcher}
 * exits. Problems go to stderr as {@code FILE:LINE:COLUMN: error|warning: JSONPATH: message};
 * never a stack trace unless {@code --debug} is given.
 */
package org.leafdrop.cli;
